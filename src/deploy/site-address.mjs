// Where the site is published, read once for the build (astro.config.mjs) and for the steps after it
// (scripts/pdf.mjs, scripts/check-dist.mjs). SITE_URL and BASE_PATH let it live at a domain root or
// under a path (e.g. BASE_PATH=/informe-anual/ on metropolis.org); the base always has both slashes.
export const site = process.env.SITE_URL || 'https://report.metropolis.org';
export const base = `/${(process.env.BASE_PATH || '').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
