import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Runs ./middleware.ts before src/middleware.ts, on every page and file: `Astro.locals.locale` and `t`. */
export const i18nLocals = (): AstroIntegration => ({
	name: 'metropolis-i18n-locals',
	hooks: {
		'astro:config:setup': ({ addMiddleware }) =>
			addMiddleware({ entrypoint: fileURLToPath(new URL('./middleware.ts', import.meta.url)), order: 'pre' }),
	},
});
