// `npm run edit` (or `npm run dev`) on a throwaway copy of the project, for what writes content or may (the
// editor's and the dev preview's tests, the guides' screenshots): the copy has what the editor needs, with the
// project's node_modules linked.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { shellEnv } from './shell-env.mjs';
import { npm } from './tool.mjs';

const files = [
	'content',
	'src',
	'public',
	'astro.config.mjs',
	'astro.edit.config.mjs',
	'keystatic.config.ts',
	'tsconfig.json',
	'package.json',
];

/**
 * Starts the editor on `port` and waits until it answers.
 * `log()`: what the server has printed so far (for a failing test to show).
 * @param {number} port
 */
export const startEditCopy = (port) =>
	startCopy(port, ['run', 'edit'], { env: { EDIT_NO_OPEN: '1', EDIT_PORT: String(port) }, ready: '/keystatic/' });

/**
 * Starts `npm run dev` on `port` with `config` (a config file written into the copy), and waits until it answers.
 * @param {number} port
 * @param {{ name: string, text: string }} config
 */
export const startDevCopy = (port, config) =>
	startCopy(port, ['run', 'dev', '--', '--config', config.name, '--port', String(port), '--host', '127.0.0.1'], {
		files: { [config.name]: config.text },
		ready: '/',
	});

/**
 * @param {number} port
 * @param {string[]} npmArgs
 * @param {{ env?: Record<string, string>, files?: Record<string, string>, ready: string }} options
 * @returns {Promise<{ project: string, base: string, stop: () => void, log: () => string }>}
 */
async function startCopy(port, npmArgs, { env = {}, files: added = {}, ready }) {
	const project = mkdtempSync(join(tmpdir(), 'report-editor-'));
	for (const f of files) cpSync(resolve(f), join(project, f), { recursive: true });
	for (const [name, text] of Object.entries(added)) writeFileSync(join(project, name), text);
	// A junction on Windows (no administrator rights needed); the type is ignored elsewhere.
	symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'junction');
	// Beside the copy, not in it: the dev server watches the copy.
	const logFile = `${project}.log`;
	const output = openSync(logFile, 'w');
	// As staff type it (npm puts the project's Node.js 24 first on the PATH).
	const server = spawn(...npm(npmArgs), { cwd: project, env: { ...shellEnv, ...env }, stdio: ['ignore', output, output], detached: true });
	closeSync(output); // the server has its own copy
	const base = `http://127.0.0.1:${port}`;
	const log = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
	const stop = () => {
		// npm and the server it started: its process group, or on Windows its process tree.
		if (server.pid && process.platform === 'win32') spawnSync('taskkill', ['/pid', String(server.pid), '/t', '/f']);
		else if (server.pid) process.kill(-server.pid);
		rmSync(project, { recursive: true, force: true });
		rmSync(logFile, { force: true });
	};
	for (let waited = 0; !(await fetch(`${base}${ready}`).catch(() => undefined))?.ok; waited++) {
		if (waited === 120) {
			const printed = log();
			stop();
			throw new Error(`npm ${npmArgs.join(' ')} did not answer on ${base}${ready} within 120 s. It printed:\n${printed}`);
		}
		await new Promise((r) => setTimeout(r, 1000));
	}
	return { project, base, stop, log };
}
