// @ts-check
// `npm run edit`: the site plus the visual editor (Keystatic, local mode) under `astro dev`, on 127.0.0.1.
// The editor exists only here: astro.config.mjs (the build) knows nothing of it, and its packages are
// devDependencies, so `npm ci --omit=dev && npm run build` makes the same static site.
import { realpathSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import site, { siteIntegrations } from './astro.config.mjs';
import { devPreview } from './src/dev/index.ts';
import { editorOrigin } from './src/dev/editor-origin.ts';

const port = Number(process.env.EDIT_PORT ?? 4322);
// The editor's own origin: the only page the dev server answers (src/dev/editor-origin.ts).
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
	...site,
	// Astro's i18n routing answers 404 to any address without a language (/keystatic/); every page of the
	// site already carries its language in its route, so in the editor the routing is left to the routes.
	...(site.i18n && { i18n: { ...site.i18n, routing: 'manual' } }),
	// The editor's own addresses (/api/keystatic/tree) have no trailing slash.
	trailingSlash: 'ignore',
	// The dev preview with the editor beside the site: a save leaves the editor as it is, the site's pages
	// reload, and the problem page links to where each problem is fixed (src/dev/index.ts).
	integrations: [...siteIntegrations, react(), keystatic(), devPreview({ editor: true })],
	vite: {
		...site.vite,
		plugins: [...(site.vite?.plugins ?? []), editorOrigin(origin)],
		server: {
			// The editor's interface is served from node_modules, wherever it really is (a linked folder in tests).
			fs: { allow: ['.', realpathSync('node_modules')] },
			cors: { origin: [origin] },
			// On that port or not at all (another port would be another origin, refused).
			strictPort: true,
		},
	},
	server: {
		host: '127.0.0.1',
		port,
		// Opens the editor in the browser (EDIT_NO_OPEN=1 for tests and headless machines).
		open: process.env.EDIT_NO_OPEN ? false : '/keystatic/',
		// Nothing leaves this machine while editing: the editor's interface asks Google Fonts for a typeface,
		// which this policy refuses (it falls back to the system font).
		headers: {
			'Content-Security-Policy': "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:; connect-src 'self' ws://127.0.0.1:*",
		},
	},
});
