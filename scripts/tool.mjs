// How scripts and tests start the project's tools, the same on Linux, macOS and Windows: a Node.js
// binary and the package's own entry file (its package.json `bin`), never node_modules/.bin/<tool>,
// which is a shell script on Linux and macOS and a .cmd file on Windows (which spawn cannot start).
//   spawnSync(...tool('astro', ['build']), { stdio: 'inherit' })
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The package that provides each command, where its name differs. */
const packageOf = { playwright: '@playwright/test' };

/** An installed package's folder (found whether or not its `exports` list package.json). */
function packageDir(name) {
	const dir = (require.resolve.paths(name) ?? []).map((d) => join(d, name)).find((d) => existsSync(join(d, 'package.json')));
	if (!dir) throw new Error(`${name} is not installed here: run \`npm ci\` first.`);
	return dir;
}

/** The file a package's command runs, from its package.json `bin` (a string, or one entry per command). */
export function binFile(command, name = packageOf[command] ?? command) {
	const dir = packageDir(name);
	const { bin } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
	const file = typeof bin === 'string' ? bin : bin?.[command];
	if (!file) throw new Error(`${name} has no command ${command}.`);
	return join(dir, file);
}

/** Whether this Node.js is one package.json `engines` accepts (ranges as `^22.19.0 || >=26.0.0`). */
function supported(version = process.versions.node) {
	const v = version.split('.').map(Number);
	const atLeast = (/** @type {number[]} */ min) =>
		v[0] !== min[0] ? (v[0] ?? 0) > (min[0] ?? 0) : v[1] !== min[1] ? (v[1] ?? 0) > (min[1] ?? 0) : (v[2] ?? 0) >= (min[2] ?? 0);
	const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
	return String(engines.node)
		.split('||')
		.some((range) => {
			const [, op, min] = /^\s*(\^|>=)\s*([\d.]+)\s*$/.exec(range) ?? [];
			const m = (min ?? '').split('.').map(Number);
			return op === '^' ? v[0] === m[0] && atLeast(m) : op === '>=' && atLeast(m);
		});
}

/** The `node` package's binary, where it is installed. */
function projectNode() {
	try {
		return binFile('node');
	} catch {
		return undefined;
	}
}

/**
 * The Node.js the tools run on: this one where the project supports it (under `npm run` it is the
 * `node` package's, first on npm's PATH), else the `node` package's (e.g. a test runner started by a
 * system Node.js 20), else this one, and the tool itself says which version it needs.
 */
export const node = (supported() ? undefined : projectNode()) ?? process.execPath;

/**
 * A command of an installed package (`astro`, `vitest`, `playwright`, `tsx`), or `node` itself, as the
 * command and arguments to spawn.
 * @param {string} command
 * @param {string[]} [args]
 * @returns {[string, string[]]}
 */
export const tool = (command, args = []) => (command === 'node' ? [node, args] : [node, [binFile(command), ...args]]);

/**
 * npm itself, as the command and arguments to spawn: the npm running this script (under `npm run` or
 * `npx`), else the one installed beside this Node.js.
 * @param {string[]} args
 * @returns {[string, string[]]}
 */
export function npm(args) {
	const running = process.env.npm_execpath;
	if (running && /npm-cli\.js$/.test(running)) return [process.env.npm_node_execpath ?? process.execPath, [running, ...args]];
	const here = dirname(process.execPath);
	const cli = [join(here, 'node_modules/npm/bin/npm-cli.js'), join(here, '../lib/node_modules/npm/bin/npm-cli.js')].find((f) =>
		existsSync(f),
	);
	if (!cli) throw new Error('npm not found beside this Node.js: run this through npm (npm run …, npm test).');
	return [process.execPath, [cli, ...args]];
}
