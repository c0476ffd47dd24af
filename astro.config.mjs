// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { locales, defaultLocale } from './src/i18n/config.ts';

// Where the site is published. SITE_URL and BASE_PATH let it live at a domain root or under a path.
const site = process.env.SITE_URL || 'https://report.metropolis.org';
const base = process.env.BASE_PATH || '/';

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
	integrations: [mdx()],
	devToolbar: { enabled: false },
});
