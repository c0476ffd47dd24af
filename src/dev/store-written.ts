import { unwatchFile, watchFile } from 'node:fs';
import { join } from 'node:path';
import type { ViteDevServer } from 'vite';

/**
 * Calls `then` each time the dev server has written its content store (`.astro/data-store.json`): the moment
 * store-reread.ts and middleware-reload.ts act, and goes with them.
 *
 * A stat every 250 ms rather than the dev server's watcher: Astro itself notes that the watcher can miss the
 * store's atomic rename (`onFileWritten` in node_modules/astro/dist/content/mutable-data-store.js), and the
 * listener it uses instead is not reachable from an integration.
 */
export function whenStoreWritten(server: ViteDevServer, then: () => void) {
	const file = join(server.config.root, '.astro', 'data-store.json');
	watchFile(file, { interval: 250 }, (now, before) => {
		if (now.mtimeMs !== before.mtimeMs) then();
	}).unref();
	server.httpServer?.once('close', () => unwatchFile(file));
}

/** Invalidates the module `id` (plainly, not as HMR) in each environment that has it, and sends that environment `event`. */
export function invalidateAndTell(server: ViteDevServer, id: string, event: string) {
	for (const environment of Object.values(server.environments)) {
		const module = environment.moduleGraph.getModuleById(id);
		if (!module) continue;
		environment.moduleGraph.invalidateModule(module);
		environment.hot.send(event, {});
	}
}
