/**
 * The one join of the site's base path (`/`, or `/informe-anual/` with BASE_PATH) and a path of the
 * site, for every address the site writes (as Starlight's `pathWithBase`). Paths of the site come from
 * ./paths.ts, without a leading slash: `es/2021/`, `data/2021.json`, `` for the root.
 */
import type { Locale } from '../i18n/config.ts';
import { reportPaths } from './paths.ts';

/** `base` and `path` with exactly one slash between them; a page path keeps its final slash, a file none. */
export const withBase = (base: string, path = '') => `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;

/** A path of the site as an address from the root of the host (`/informe-anual/es/2021/`), in Astro code. */
export const pathWithBase = (path = '') => withBase(import.meta.env.BASE_URL, path);

/** A path of the site as a full address (`https://report.metropolis.org/es/2021/`), for what leaves the site. */
export const absoluteUrl = (path: string, site: URL | string | undefined) => new URL(pathWithBase(path), site ?? 'http://localhost/').href;

/** A report's year page in each language as a full address, for what names the report's source (open data, images). */
export const reportPageUrls = (year: number, site: URL | string | undefined) => (locale: Locale) =>
	absoluteUrl(reportPaths(year, locale).page, site);
