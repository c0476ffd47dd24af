import { defineMiddleware } from 'astro:middleware';
import { defaultLocale, isLocale } from './config';
import { createTranslator } from './translate';

/**
 * The page's language and its translator, set once per page before any other middleware, as Starlight
 * does (`Astro.locals.t`; added by ./integration.ts): from the route's `lang` param (`/es/2021/`,
 * `/embed/fr/…`), the default language for the pages outside a language (`/`, the 404, `/data/…`).
 * Components read them instead of taking the language as a prop.
 */
export const onRequest = defineMiddleware((context, next) => {
	const { lang } = context.params;
	context.locals.locale = isLocale(lang) ? lang : defaultLocale;
	context.locals.t = createTranslator(context.locals.locale);
	return next();
});
