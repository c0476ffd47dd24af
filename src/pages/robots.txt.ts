import type { APIRoute } from 'astro';
import { absoluteUrl } from '../routes/base';
import { sitePaths } from '../routes/paths';

/** robots.txt, pointing at the sitemap wherever the site is published (SITE_URL, BASE_PATH). */
export const GET: APIRoute = ({ site }) => {
	const sitemap = absoluteUrl(sitePaths.sitemap, site);
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
