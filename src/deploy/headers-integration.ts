import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { locales } from '../i18n/config';
import { headersFile } from './security-headers';

/**
 * Writes `_headers` at the end of `astro build`, from what the build wrote at its top level and the
 * base path Astro built for, so a new folder or file gets its rule with no list to keep by hand.
 * Keep it last in the integrations: others (the sitemap) write files in the same hook.
 */
export function securityHeaders(): AstroIntegration {
	let base = '/';
	let assets = '_astro';
	return {
		name: 'metropolis-security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				assets = config.build.assets;
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const entries = readdirSync(out, { withFileTypes: true }).map((e) => ({ name: e.name, folder: e.isDirectory() }));
				writeFileSync(`${out}/_headers`, headersFile(entries, { base, locales, assets }));
				logger.info(`_headers written for ${entries.length} top-level entries under ${base}`);
			},
		},
	};
}
