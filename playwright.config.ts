import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/browser.mjs';
import { dist as siteDist } from './tests/e2e/site';

// End-to-end tests run in Chromium against built sites served by `astro preview`:
// - `chromium` (and `editor`'s start page): the fixture site tests/fixtures/site/, built at the start of every run
//   (tests/build-fixture.mjs), whose expected values are literals (tests/fixtures/site/expected.ts);
// - `real-content`: the project's own build in dist/ (`npm run build` first), smoke-tested without expecting its numbers.
// E2E_PORT and the port after it: choose free ones (a server already there is reused when not on CI).
const port = Number(process.env.E2E_PORT ?? 4329);
const realPort = port + 1;
// The editor's specs (editor.spec.ts, editor-origin.spec.ts): each starts an editor of its own, one at a time.
const editorSpecs = /editor(-[a-z]+)?\.spec\.ts/;
const realContentSpecs = /real-content\.spec\.ts/;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// CI machines have 2 cores.
	workers: 2,
	retries: 0,
	forbidOnly: Boolean(process.env.CI),
	reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions,
		trace: 'retain-on-failure',
	},
	projects: [
		{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions }, testIgnore: [editorSpecs, realContentSpecs] },
		{
			name: 'real-content',
			use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://localhost:${realPort}` },
			testMatch: realContentSpecs,
		},
		// The visual editor runs its own dev server and writes files: alone, after the rest, not competing
		// for the two cores with the other tests (under that load its saves and reloads time out).
		{
			name: 'editor',
			use: { ...devices['Desktop Chrome'], launchOptions },
			testMatch: editorSpecs,
			dependencies: ['chromium', 'real-content'],
			workers: 1,
		},
	],
	// --ignore-lock: run beside a preview or dev server the developer may have open (Astro allows one otherwise).
	webServer: [
		{
			// Built anew each run, so that the tests always see the code as it is (the build with its PDFs takes under a minute).
			command: `node tests/build-fixture.mjs site ${siteDist} && astro preview --ignore-lock --outDir ${siteDist} --port ${port}`,
			url: `http://localhost:${port}/es/`,
			reuseExistingServer: !process.env.CI,
			timeout: 300_000,
		},
		{
			command: `astro preview --ignore-lock --port ${realPort}`,
			url: `http://localhost:${realPort}/es/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000,
		},
	],
});
