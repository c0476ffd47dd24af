import { unwatchFile, watchFile } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The content store Astro's dev server writes after each change (`.astro/data-store.json`), and the module that serves it. */
const storeFile = (root: string) => join(root, '.astro', 'data-store.json');
const storeModule = '\0astro:data-layer-content';
/** The site's middleware (src/middleware.ts, the dev problem list), which Astro loads once and keeps until told. */
const middlewareModule = '\0virtual:astro:middleware';

/**
 * `npm run dev` and `npm run edit`: after a save, the preview must show the saved content, never the content
 * one save before. Astro re-reads its content store after writing it, but marks the store's module as an
 * HMR update; Vite then still caches the result of a read that was under way when the store was written
 * (it only discards reads older than a non-HMR invalidation). A page requested just before a save lands
 * (the editor saves a page in two steps, and a new year in four files) could so keep the previous content
 * until the next save: a figure not updated, or a new year missing from the preview.
 *
 * So, whenever the store file changes, the store's module is invalidated once more, as a plain
 * invalidation: any read started before it is not kept, the modules that use it run again on the next
 * request, the cached list of pages is dropped, the middleware (which Astro keeps until told: it may have
 * read the store just before it was written) is loaded anew, and open pages reload.
 */
export function devContentRefresh(): Plugin {
	return {
		name: 'metropolis-dev-content-refresh',
		apply: 'serve',
		configureServer(server) {
			const file = storeFile(server.config.root);
			const refresh = () => {
				for (const environment of Object.values(server.environments)) {
					const module = environment.moduleGraph.getModuleById(storeModule);
					if (!module) continue;
					// The server's side only: the module runner asks it on the next request and runs anew what changed
					// (invalidating the runner's copy as well could pull it from under a request being answered).
					environment.moduleGraph.invalidateModule(module);
					// Astro drops its cached list of pages (getStaticPaths) on this event.
					environment.hot.send('astro:content-changed', {});
					// And the middleware it keeps, which may have read the store before it was written: else the problem
					// list (or its absence) lags one save behind the pages (a 404 where the problems should show).
					const middleware = environment.moduleGraph.getModuleById(middlewareModule);
					if (middleware) environment.moduleGraph.invalidateModule(middleware);
					environment.hot.send('astro:middleware-updated', {});
				}
				server.environments.client?.hot.send({ type: 'full-reload', path: '*' });
			};
			// A stat every 250 ms: does not depend on the file watcher seeing the store's atomic rename.
			watchFile(file, { interval: 250 }, (now, before) => {
				if (now.mtimeMs !== before.mtimeMs) refresh();
			}).unref();
			server.httpServer?.once('close', () => unwatchFile(file));
		},
	};
}
