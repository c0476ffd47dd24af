// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { locales, defaultLocale } from './src/i18n/config.ts';
import { i18nLocals } from './src/i18n/integration.ts';
import { isListedPage } from './src/routes/paths.ts';
import { devPreview } from './src/dev/index.ts';
import { mdxGuard } from './src/content/mdx-guard.ts';
import { cspDirectives } from './src/deploy/security-headers.ts';
import { securityHeaders } from './src/deploy/headers-integration.ts';
// Where the site is published (SITE_URL, BASE_PATH): see the module.
import { site, base } from './src/deploy/site-address.mjs';

/**
 * The sitemap lists the pages of their own (src/routes/paths.ts): year pages, edition homes, history.
 * @param {string} page
 */
const inSitemap = (page) => isListedPage(new URL(page).pathname.slice(base.length));

/** The site's integrations; `npm run edit` adds the editor's (astro.edit.config.mjs). */
export const siteIntegrations = [
	// Astro.locals.locale and .t on every page (see the module).
	i18nLocals(),
	mdx(),
	sitemap({
		filter: inSitemap,
		i18n: { defaultLocale, locales: Object.fromEntries(locales.map((l) => [l, l])) },
	}),
	// Last of the build's: it lists what the others wrote (dist/_headers for Cloudflare Pages and Netlify).
	securityHeaders(),
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
		// The same directives as the header CSP of dist/_headers, which adds framing.
		csp: { directives: [...cspDirectives] },
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
