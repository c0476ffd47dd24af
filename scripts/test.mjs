// `npm test`: the import lint, the format check, unit tests (vitest), the production build (scripts/build.mjs), then end-to-end
// tests (Playwright in Chromium: on the fixture site it builds, tests/fixtures/site/, and a smoke test of that
// production build, see playwright.config.ts). Runs every stage, then prints one summary line for the whole run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { launchOptions } from './browser.mjs';
import { tool } from './tool.mjs';

// No browser, no end-to-end tests: say so now, in one line, rather than after minutes of other work.
const browser = launchOptions.executablePath ?? chromium.executablePath();
if (!existsSync(browser)) {
	console.error(
		'npm test needs Chromium and found none. Debian/Ubuntu: `apt-get install chromium`; elsewhere: `npx playwright install chromium` (or set CHROMIUM_PATH).',
	);
	process.exit(1);
}

mkdirSync('reports', { recursive: true });
for (const f of ['reports/vitest.json', 'reports/playwright.json']) rmSync(f, { force: true });
/** Runs a tool (scripts/tool.mjs) with its output shown; its exit status. */
const run = (/** @type {string} */ name, /** @type {string[]} */ args) =>
	spawnSync(...tool(name, args), { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }).status ?? 1;

let passed = 0;
let failed = 0;
const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : undefined);

// Every package imported is declared, and the build imports only dependencies: one line per problem.
if (run('node', [join('scripts', 'lint-imports.mjs')]) !== 0) failed += 1;
// Code is formatted by Prettier (.prettierrc.json; content, fixtures and docs are left as written).
if (run('prettier', ['--check', '--log-level=warn', '.']) !== 0) {
	console.error('\nSome files are not formatted: run `npm run format`, then look at the change.');
	failed += 1;
}

const unitStatus = run('vitest', ['run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']);
const unit = read('reports/vitest.json');
passed += unit?.numPassedTests ?? 0;
failed += unit ? unit.numFailedTests : 1;
if (unitStatus !== 0 && unit && unit.numFailedTests === 0) failed += 1; // e.g. a file that did not load

// Types and content, as `npm run check` does (without building).
if (run('astro', ['check']) !== 0) {
	console.error('\n`astro check` found type errors.');
	failed += 1;
}

// The same build as `npm run build` (site, PDFs, check of dist/): the end-to-end tests test what ships.
const buildStatus = run('node', [join('scripts', 'build.mjs')]);
if (buildStatus !== 0) {
	console.error('\nThe site did not build: end-to-end tests not run.');
	failed += 1;
} else {
	const e2eStatus = run('playwright', ['test']);
	const e2e = read('reports/playwright.json');
	passed += e2e?.stats?.expected ?? 0;
	failed += e2e ? e2e.stats.unexpected + e2e.stats.flaky : 1;
	if (e2eStatus !== 0 && e2e && e2e.stats.unexpected + e2e.stats.flaky === 0) failed += 1;
	if (e2e?.stats?.skipped) console.log(`(${e2e.stats.skipped} end-to-end tests skipped)`);
}

console.log(`\nTests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
