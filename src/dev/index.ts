import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { keepEditorOpen, reloadEvent, reloadScript } from './editor-reload';
import { reloadMiddleware } from './middleware-reload';
import { rereadSavedPages } from './page-reread';
import { rereadStore } from './store-reread';
import { whenStoreWritten } from './store-written';

/**
 * The dev preview (`npm run dev`, and `npm run edit` with `editor: true`): the site shows each save, never the
 * content one save before, and under the editor the editor's page stays as it is while the site's pages reload.
 *
 * Everything here but editor-origin.ts (the editor's guard) works around a behaviour of Astro 7.3, Vite 8 or
 * chokidar; each file says which, how to tell when it can go, and the test that fails without it. This folder is
 * the only place with timers or patches of their internals (content-watch.ts serves the content loaders,
 * src/content.config.ts). A build runs none of it: it only gets the settings module below.
 */
export function devPreview({ editor = false }: { editor?: boolean } = {}): AstroIntegration {
	return {
		name: 'metropolis-dev-preview',
		hooks: {
			'astro:config:setup': ({ command, updateConfig, injectScript }) => {
				updateConfig({ vite: { plugins: [settingsModule({ editor, reloadEvent })] } });
				if (command === 'dev' && editor) injectScript('page', reloadScript);
			},
			'astro:server:setup': ({ server }) => {
				whenStoreWritten(server, () => {
					reloadMiddleware(server);
					rereadStore(server);
				});
				if (!editor) return;
				keepEditorOpen(server);
				rereadSavedPages(server);
				// The editor's page asks for /favicon.ico (the site has an SVG one): no 404 in the terminal.
				server.middlewares.use('/favicon.ico', (_req, res) => res.writeHead(204).end());
			},
		},
	};
}

/**
 * `virtual:metropolis/dev` (types in ./settings.d.ts): what the site's code needs to know of the preview it runs
 * in, a module rather than an environment variable, so that it is set by the config that asks for it, typed,
 * and the same in every process (a build gets `editor: false`).
 */
function settingsModule(settings: { editor: boolean; reloadEvent: string }): Plugin {
	const id = 'virtual:metropolis/dev';
	return {
		name: 'metropolis-dev-settings',
		resolveId: (source) => (source === id ? `\0${id}` : undefined),
		load: (resolved) =>
			resolved === `\0${id}`
				? Object.entries(settings)
						.map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
						.join('\n')
				: undefined,
	};
}
