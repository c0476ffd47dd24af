import { getRelativeLocaleUrl } from 'astro:i18n';
import { locales, type Locale } from './config';

/**
 * `path` is a page's address without its language (`2021/`, or `` for the language home), so the
 * same page can be linked in every language.
 */
export const localeUrl = (locale: Locale, path = '') => getRelativeLocaleUrl(locale, path);

export const alternates = (path = '') => locales.map((locale) => ({ locale, href: localeUrl(locale, path) }));

/** The full address of a report's year page in each language (for open data and embeds). */
export const reportPageUrl = (year: number, site: URL | undefined) => (locale: Locale) =>
	new URL(localeUrl(locale, `${year}/`), site ?? 'http://localhost/').href;

/** A chart's embed page: outside the language folders, so its own headers can let other sites frame it. */
export const embedPath = (locale: Locale, year: number, chart: string) => `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}embed/${locale}/${year}/${chart}/`;
