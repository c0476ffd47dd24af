import type { ViteDevServer } from 'vite';
import { invalidateAndTell } from './store-written';

/** The site's middleware (src/middleware.ts: the dev problem page) as Astro serves it. */
const middlewareModule = '\0virtual:astro:middleware';

/**
 * Workaround: after a save, the problem page shows when the content is wrong, and only then (never the
 * problems of the save before, nor a 404 where the problems should be).
 *
 * Upstream behaviour (Astro 7.3.5): the dev server keeps the middleware it has loaded (`middlewareMemo` in
 * node_modules/astro/dist/core/middleware/load.js) until `astro:middleware-updated` clears it (`clearMiddleware`,
 * vite-plugin-app/createAstroServerApp.js). That event comes from any hot update of a server module (`hotUpdate`
 * of `@astro/plugin-middleware`, core/middleware/vite-plugin.js): after a content change, the write of
 * `.astro/content-assets.mjs` or `content-modules.mjs`. Astro writes those a moment before `data-store.json`
 * (MutableDataStore's three debounced writes in content/mutable-data-store.js: the import files are a few lines,
 * the store is every entry), and the store's own write (`invalidateDataStore`) sends no such event. A page asked
 * for in between loads the middleware with the store as it was, and the middleware stays so: the problem page
 * for valid content, or, when the content has just gone wrong, no problem page and a 404 (the pages read the
 * new, empty store).
 *
 * So, once the store is written (store-written.ts), the middleware's module is invalidated and Astro told to
 * load it anew.
 *
 * When it can go: when `invalidateDataStore` (content/vite-plugin-content-virtual-mod.js) also sends
 * `astro:middleware-updated`, or Astro writes the store before the files whose update sends it. Reported in
 * docs/upstream/content-store-written-last.md.
 *
 * Test that fails without it: tests/unit/dev-preview.test.ts › "the problem list shows when the content is
 * wrong, and only then" (`after saving 2.5, the page reads {"status":404,"h1":"Página no encontrada"}`).
 */
export function reloadMiddleware(server: ViteDevServer) {
	invalidateAndTell(server, middlewareModule, 'astro:middleware-updated');
}
