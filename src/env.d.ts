/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** The report being rendered, for the report components of the MDX page. */
		report?: import('./components/report/context').ReportContext;
		/** The page's language: its `lang` param, or the default language (set by src/i18n/middleware.ts). */
		locale: import('./i18n/config').Locale;
		/** The interface strings in the page's language (set by src/i18n/middleware.ts). */
		t: import('./i18n/translate').Translate;
	}
}

/** wawoff2 (WOFF2 ⇄ TrueType, WebAssembly) ships no types; png.ts uses `decompress` only. */
declare module 'wawoff2' {
	export function decompress(woff2: Uint8Array): Promise<Uint8Array>;
}
