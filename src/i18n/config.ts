/** The languages of the site. Spanish is the source language and the default. */
export const locales = ['es', 'en', 'fr'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'es';
export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);
