import type { RunnableDevEnvironment, ViteDevServer } from 'vite';
import { reload } from './editor-reload';

/**
 * Workaround, under `npm run edit` only: a page saved in the editor shows on the site even when the dev server
 * had rendered it before.
 *
 * Upstream behaviour: the editor (Keystatic's local API, inside the dev server's process) saves a page in two
 * steps, emptied and then written, a few milliseconds apart. The dev server acted on the first step only: its
 * compiled MDX (the file's modules in the server's module graph and in the module runner) stayed as it was,
 * and the site showed the page's previous text until the server restarted (found in 5225099; not narrowed down
 * to one line of Astro or Vite).
 *
 * So, once the writes to a report's `.mdx` file have settled (300 ms after the last change), its modules are
 * invalidated in every environment, the runner's copies too, and the site's pages reload.
 *
 * When it can go: when the test below passes with it taken out of src/dev/index.ts (e.g. after an Astro or
 * Vite upgrade); `npx playwright test --project editor --no-deps -g "Spanish report"`.
 *
 * Test that fails without it: tests/e2e/editor.spec.ts › "an edit in the Spanish report changes exactly its
 * lines, and the open page shows it" (its first step: a sentence of the body, with the page open before, is
 * not shown within 30 s).
 */
export function rereadSavedPages(server: ViteDevServer) {
	const settling = new Map<string, ReturnType<typeof setTimeout>>();
	server.watcher.on('change', (file) => {
		if (!/[\\/]content[\\/]reports[\\/].*\.mdx$/.test(file)) return;
		clearTimeout(settling.get(file));
		settling.set(
			file,
			setTimeout(() => {
				for (const environment of Object.values(server.environments)) {
					for (const module of environment.moduleGraph.getModulesByFile(file) ?? [])
						environment.moduleGraph.invalidateModule(module, undefined, Date.now(), true);
					// The module runner's copy too, where the environment runs modules in this process (the server's).
					const modules = (environment as Partial<RunnableDevEnvironment>).runner?.evaluatedModules;
					for (const module of modules?.getModulesByFile(file) ?? []) modules!.invalidateModule(module);
				}
				server.environments.client.hot.send(reload);
			}, 300),
		);
	});
}
