import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shellEnv } from '../../scripts/shell-env.mjs';
import { tool } from '../../scripts/tool.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs a tool of the project (`astro`, `tsx`, `node`…, started as scripts/tool.mjs says) in `cwd` (the
 * project by default), with node_modules/.bin first in PATH as under `npm run`; messages in Spanish unless told.
 */
export const run = (args: string[], env: Record<string, string>, cwd = root) =>
	spawnSync(...tool(args[0]!, args.slice(1)), {
		cwd,
		env: {
			...shellEnv,
			PATH: [join(root, 'node_modules/.bin'), shellEnv.PATH].join(delimiter),
			ASTRO_TELEMETRY_DISABLED: '1',
			CONTENT_LANG: 'es',
			...env,
		},
		encoding: 'utf8',
		timeout: 300_000,
	});
