import type { ViteDevServer } from 'vite';
import { invalidateAndTell } from './store-written';

/** The module that serves the content store to the site's code. */
const storeModule = '\0astro:data-layer-content';

/**
 * Workaround: after a save, the preview shows the saved content, never the content one save before.
 *
 * Upstream behaviour (Astro 7.3.5 on Vite 8.3): each time Astro writes its content store, `invalidateDataStore`
 * (node_modules/astro/dist/content/vite-plugin-content-virtual-mod.js) invalidates the store's module as an HMR
 * update: `invalidateModule(module, void 0, timestamp, true)`. That moves the module's `lastHMRTimestamp`, not
 * its `lastInvalidationTimestamp`, and Vite keeps any transform that started after the latest non-HMR
 * invalidation: `if (timestamp > mod.lastInvalidationTimestamp) moduleGraph.updateModuleTransformResult(…)` in
 * `loadAndTransform`, and `transformRequest` hands later requests the pending one on the same test
 * (node_modules/vite/dist/node/chunks/node.js). So a read of the store under way when it is written finishes
 * with the previous store, is cached, and every later request is answered from it until the next save (the
 * editor saves a page in two steps and a new year in four files, with the preview open: it hit that window).
 *
 * So, once the store is written (store-written.ts), its module is invalidated again, plainly: a read started
 * before is not kept, the modules that use it run anew on the next request (the server's side only: the module
 * runner asks it then; invalidating the runner's copy too could pull it from under a request being answered),
 * Astro drops its cached list of pages (`astro:content-changed`), and open pages reload.
 *
 * When it can go: when `invalidateDataStore` invalidates without `isHmr` (its `true` above), or Vite no longer
 * keeps a transform older than an HMR invalidation (the two lines quoted). Reported in
 * docs/upstream/content-store-hmr-invalidation.md.
 *
 * Test that fails without it: tests/unit/dev-preview.test.ts › "the preview shows the save, not the content
 * before it" (`after the save, <figure> reads <value>`: it reads the value before).
 */
export function rereadStore(server: ViteDevServer) {
	invalidateAndTell(server, storeModule, 'astro:content-changed');
	server.environments.client?.hot.send({ type: 'full-reload', path: '*' });
}
