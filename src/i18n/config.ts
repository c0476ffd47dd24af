/**
 * The languages of the site: the one place that says which they are and what each needs. Spanish is
 * the source language and the default. Read by the Astro config, the pages, the header generator and
 * the scripts (plain .mjs run by Node, which strips these types: keep this module free of imports).
 */
export const locales = ['es', 'en', 'fr'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'es';
export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);

interface LocaleInfo {
	/** The language's own name, as the language switcher and the chooser at `/` show it. */
	label: string;
	/** Open Graph's `og:locale` (language_TERRITORY). */
	ogLocale: string;
	/** Writing direction, for `<html dir>`. */
	dir: 'ltr' | 'rtl';
}

export const localeInfo = {
	es: { label: 'Español', ogLocale: 'es_ES', dir: 'ltr' },
	en: { label: 'English', ogLocale: 'en_GB', dir: 'ltr' },
	fr: { label: 'Français', ogLocale: 'fr_FR', dir: 'ltr' },
} as const satisfies Record<Locale, LocaleInfo>;

/**
 * The name of each language in another one (`español`, `inglés`, `francés` in Spanish), for the words
 * of staff messages and the editor: from the Unicode CLDR data of Intl, so a new language needs no
 * word typed for it in each message language.
 */
export function languageNames(inLanguage: string): Record<Locale, string> {
	const names = new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'code' });
	return Object.fromEntries(locales.map((l) => [l, names.of(l) ?? l])) as Record<Locale, string>;
}
