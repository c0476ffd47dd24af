// @ts-check
// `npm run edit`: the site plus the visual editor (Keystatic, local mode) under `astro dev`, on 127.0.0.1.
// The editor exists only here: astro.config.mjs (the build) knows nothing of it, and its packages are
// devDependencies, so `npm ci --omit=dev && npm run build` makes the same static site.
import { realpathSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import site from './astro.config.mjs';
import { reloadEvent } from './src/content/editor-names.ts';
import { editorOrigin } from './src/dev/editor-origin.ts';

const port = Number(process.env.EDIT_PORT ?? 4322);
// The editor's own origin: the only page the dev server answers (src/dev/editor-origin.ts).
const origin = `http://127.0.0.1:${port}`;

// Tells the dev site's problem list to say where each problem is fixed in the editor (src/middleware.ts).
process.env.METROPOLIS_EDITOR = '1';

/**
 * A save writes content; the dev server then tells every open page to reload ("full-reload") so that the
 * site shows the change. The editor's own page must not reload: it would blank the screen, lose the page
 * a "Crear" leads to, and offer to restore a "draft" of what was just saved. So, under `npm run edit`,
 * that message becomes an event only the site's pages act on (they reload, as before); the editor keeps
 * its state (the browser's reload button still reloads it).
 */
const reload = { type: /** @type {const} */ ('custom'), event: reloadEvent, data: {} };
const keepEditorOpen = {
	name: 'metropolis-keep-editor-open',
	hooks: {
		/** @param {{ injectScript: (stage: 'page', content: string) => void, updateConfig: (config: object) => void }} options */
		'astro:config:setup': ({ injectScript, updateConfig }) => {
			injectScript('page', `import.meta.hot?.on('${reloadEvent}', () => location.reload());`);
			updateConfig({
				vite: {
					plugins: [
						{
							name: 'metropolis-keep-editor-open',
							/** @param {import('vite').ViteDevServer} server */
							configureServer(server) {
								// The editor's page asks for /favicon.ico (the site has an SVG one): no 404 in the terminal.
								server.middlewares.use('/favicon.ico', (_req, res) => res.writeHead(204).end());
								// The editor saves a page in two steps (emptied, then written) from inside this server; the
								// dev server handles the first step only and kept rendering the page's text as it was. Once
								// the writes have settled, the page's module is read again and the site's pages reload.
								/** @type {Map<string, ReturnType<typeof setTimeout>>} */
								const settling = new Map();
								server.watcher.on('change', (file) => {
									if (!/[\\/]content[\\/]reports[\\/].*\.mdx$/.test(file)) return;
									clearTimeout(settling.get(file));
									settling.set(
										file,
										setTimeout(() => {
											for (const environment of Object.values(server.environments)) {
												for (const module of environment.moduleGraph.getModulesByFile(file) ?? [])
													environment.moduleGraph.invalidateModule(module, undefined, Date.now(), true);
												const runner = /** @type {any} */ (environment).runner;
												for (const module of runner?.evaluatedModules?.getModulesByFile(file) ?? []) runner.evaluatedModules.invalidateModule(module);
											}
											server.environments.client.hot.send(reload);
										}, 300),
									);
								});
								// When the dev server has bundled its dependencies anew (on a first start, or after `npm run dev`
								// bundled others), every page's code is outdated, the editor's too: that reload goes to every page.
								// The server says so by invalidating every module just before it asks for the reload.
								let everyPage = false;
								const graph = server.environments.client.moduleGraph;
								const invalidateAll = graph.invalidateAll.bind(graph);
								graph.invalidateAll = () => {
									everyPage = true;
									queueMicrotask(() => (everyPage = false));
									invalidateAll();
								};
								// One save makes the dev server ask for a reload several times within a few hundred milliseconds,
								// some before its content store is written: a page reloaded then fails to render, and the error
								// it reports covers whatever page is open. So the site's pages reload once, when the asking stops.
								for (const channel of new Set([server.ws, server.environments.client.hot])) {
									const send = channel.send.bind(channel);
									/** @type {ReturnType<typeof setTimeout> | undefined} */
									let reloading;
									/** @type {any} */ (channel).send = (/** @type {any} */ payload, /** @type {any} */ data) => {
										if (everyPage || payload?.type !== 'full-reload' || (payload.path && payload.path !== '*')) return send(payload, data);
										clearTimeout(reloading);
										reloading = setTimeout(() => send(reload), 300);
									};
								}
							},
						},
					],
				},
			});
		},
	},
};

export default defineConfig({
	...site,
	// Astro's i18n routing answers 404 to any address without a language (/keystatic/); every page of the
	// site already carries its language in its route, so in the editor the routing is left to the routes.
	...(site.i18n && { i18n: { ...site.i18n, routing: 'manual' } }),
	// The editor's own addresses (/api/keystatic/tree) have no trailing slash.
	trailingSlash: 'ignore',
	integrations: [...(site.integrations ?? []), react(), keystatic(), keepEditorOpen],
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
		headers: { 'Content-Security-Policy': "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:; connect-src 'self' ws://127.0.0.1:*" },
	},
});
