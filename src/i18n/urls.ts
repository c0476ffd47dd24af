import { getRelativeLocaleUrl } from 'astro:i18n';
import { locales, type Locale } from './config';

/**
 * `path` is a page's address without its language (`2021/`, or `` for the language home), so the
 * same page can be linked in every language.
 */
export const localeUrl = (locale: Locale, path = '') => getRelativeLocaleUrl(locale, path);

export const alternates = (path = '') => locales.map((locale) => ({ locale, href: localeUrl(locale, path) }));
