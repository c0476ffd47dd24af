// `node tests/build-fixture.mjs <scenario> <outDir>`: the site of tests/fixtures/<scenario>/ built as
// `npm run build` builds the project's (scripts/build.mjs), with Astro's JavaScript API: build(), then
// the same two steps after it, the PDFs (scripts/pdf.mjs) and the check that every linked file was
// written (scripts/check-dist.mjs). BASE_PATH and SITE_URL come from the environment, as for the real build.
//
// A process of its own, not a build inside the test runner's: the config and the content loader read
// REPORTS_DIR and BASE_PATH from the environment, which is one per process, and the runner's own
// variables (vitest's NODE_ENV=test, VITEST, MODE, BASE_URL…) would reach the build's Vite. Tests start
// it with scripts/shell-env.mjs, without those.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';

const root = fileURLToPath(new URL('..', import.meta.url));
const [scenario, out] = process.argv.slice(2);
// A scenario of tests/fixtures/, or a folder a test wrote (an absolute path holding content/reports/).
const reports = join(scenario && isAbsolute(scenario) ? scenario : join(root, 'tests/fixtures', scenario ?? ''), 'content/reports');
if (!scenario || !out || !existsSync(reports)) {
	console.error(
		'Usage: node tests/build-fixture.mjs <scenario> <outDir>, where tests/fixtures/<scenario>/content/reports/ holds the report years.',
	);
	process.exit(2);
}
const outDir = resolve(out);
process.chdir(root);

/** A port no server listens on now, for the PDF step's preview server (a fixed one may be another worktree's). */
const freePort = () =>
	new Promise((done) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
			server.close(() => done(port));
		});
	});

Object.assign(process.env, { REPORTS_DIR: reports, ASTRO_TELEMETRY_DISABLED: '1' });
try {
	await build({ root, outDir });
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
// This Node.js first on the PATH, for the tools the steps start (as `npm run` does).
const env = {
	...process.env,
	PATH: [dirname(process.execPath), process.env.PATH].join(delimiter),
	OUT_DIR: outDir,
	PDF_PORT: String(await freePort()),
};
for (const step of [['scripts/pdf.mjs'], ['scripts/check-dist.mjs', outDir]]) {
	const { status } = spawnSync(process.execPath, step, { stdio: 'inherit', env });
	if (status !== 0) process.exit(status ?? 1);
}
process.exit(0);
