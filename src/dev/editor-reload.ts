import type { HotPayload, ViteDevServer } from 'vite';

/** Under `npm run edit`, the dev server's "reload" message to the site's pages, not to the editor. */
export const reloadEvent = 'metropolis:reload';
/** What every site page runs under `npm run edit` to act on it (the editor's pages are not the site's). */
export const reloadScript = `import.meta.hot?.on('${reloadEvent}', () => location.reload());`;
export const reload: HotPayload = { type: 'custom', event: reloadEvent, data: {} };

type Send = (payload: HotPayload | string, data?: unknown) => void;

/**
 * Workaround, under `npm run edit` only: a save reloads the site's open pages once, after it has settled, and
 * never the editor's page.
 *
 * Upstream behaviour (Vite 8, Astro 7.3.5), three parts:
 * 1. Every `full-reload` the dev server sends reaches every page it serves; the editor (Keystatic) is one of
 *    them, and Astro sends one after each content change (`invalidateDataStore`'s `notifyClient`,
 *    node_modules/astro/dist/content/vite-plugin-content-virtual-mod.js). A reload would blank the editor, lose
 *    the page a "Crear" leads to, and offer to restore a "draft" of what was just saved. Not a bug: the editor
 *    is simply a page of the same server. So that message becomes `reloadEvent`, which only the site's pages
 *    act on (`reloadScript`, and the dev problem page in src/middleware.ts). The browser's reload button still
 *    reloads the editor.
 * 2. One save makes the dev server ask for a reload several times within a few hundred milliseconds (the
 *    file's own update, content-assets.mjs, the store, store-reread.ts), some before the content store is
 *    written: a page reloaded then fails to render, and Vite shows that error over whatever page is open. So
 *    the site's pages reload once, 300 ms after the asking stops.
 * 3. When the dev server has bundled its dependencies anew (a first start, or after `npm run dev` bundled
 *    others), every page's code is outdated, the editor's too: that reload must reach every page. Vite says so
 *    by calling `moduleGraph.invalidateAll()` just before it sends it (`fullReload` in `createDepsOptimizer`,
 *    node_modules/vite/dist/node/chunks/node.js; a tsconfig change does the same), so a reload asked for in the
 *    same moment goes out as it is.
 *
 * When it can go: 1 and 3 stay as long as the editor is served by the site's dev server (they are the
 * editor's needs, not bugs); 2 can go when a save sends one reload, after the store is written (log
 * `server.ws.send` calls during a save to see).
 *
 * Tests that fail without it: tests/e2e/editor.spec.ts › "an edit in the Spanish report changes exactly its
 * lines, and the open page shows it" without part 1 (`expect(reloads).toBe(0)`: received 2), › "when the dev
 * server bundles a dependency anew, the open editor reloads with it instead of staying half loaded" without
 * part 3 (the page never reloads). › "a new year is created from the editor as a draft, from the latest one"
 * relies on part 1 as well (the editor goes on to the new year). Part 2 has no test that fails every time
 * without it (issue 13's run 509: a likely cause, removed).
 */
export function keepEditorOpen(server: ViteDevServer) {
	let everyPage = false;
	const graph = server.environments.client.moduleGraph;
	const invalidateAll = graph.invalidateAll.bind(graph);
	graph.invalidateAll = () => {
		everyPage = true;
		queueMicrotask(() => (everyPage = false));
		invalidateAll();
	};
	for (const channel of new Set<{ send: Send }>([server.ws, server.environments.client.hot])) {
		const send = channel.send.bind(channel);
		let reloading: ReturnType<typeof setTimeout> | undefined;
		channel.send = (payload, data) => {
			const everywhere = typeof payload === 'object' && payload.type === 'full-reload' && (!payload.path || payload.path === '*');
			if (everyPage || !everywhere) return send(payload, data);
			clearTimeout(reloading);
			reloading = setTimeout(() => send(reload), 300);
		};
	}
}
