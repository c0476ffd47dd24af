// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { locales, defaultLocale } from './src/i18n/config.ts';
import { devPreview } from './src/dev/index.ts';
import { mdxGuard } from './src/content/mdx-guard.ts';

// Where the site is published. SITE_URL and BASE_PATH let it live at a domain root or under a path
// (e.g. BASE_PATH=/informe-anual/ on metropolis.org).
const site = process.env.SITE_URL || 'https://report.metropolis.org';
const base = process.env.BASE_PATH || '/';

/**
 * Language homes (/es/) show the latest report, whose canonical address is its year page.
 * @param {string} page
 */
const isYearPage = (page) => /\/(es|en|fr)\/\d{4}\/$/.test(new URL(page).pathname);

/** The site's integrations; `npm run edit` adds the editor's (astro.edit.config.mjs). */
export const siteIntegrations = [
	mdx(),
	sitemap({
		filter: isYearPage,
		i18n: { defaultLocale, locales: Object.fromEntries(locales.map((l) => [l, l])) },
	}),
];

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	i18n: {
		locales: [...locales],
		defaultLocale,
		// Every language has its prefix (/es/, /en/, /fr/); `/` is our own language chooser.
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	// Dev only: the preview shows each save, never the content one save before (src/dev/).
	integrations: [...siteIntegrations, devPreview()],
	security: {
		// Scripts and styles are files or hashed by Astro; nothing inline runs unless hashed.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
	vite: {
		// Scripts as files, never inlined: the same strict CSP (script-src 'self') works as a header too.
		build: { assetsInlineLimit: 0 },
		// Every MDX file is checked again as it is compiled: content never runs (see the module).
		plugins: [mdxGuard()],
	},
	// No code blocks in the report; Shiki's inline styles would also clash with the CSP.
	markdown: { syntaxHighlight: false },
	devToolbar: { enabled: false },
});
