import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/browser.mjs';

// End-to-end tests run in Chromium against the built site (`dist/`), served by `astro preview`.
const port = Number(process.env.E2E_PORT ?? 4329);
// The editor's specs (editor.spec.ts, editor-origin.spec.ts): each starts an editor of its own, one at a time.
const editorSpecs = /editor(-[a-z]+)?\.spec\.ts/;

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
		{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions }, testIgnore: editorSpecs },
		// The visual editor runs its own dev server and writes files: alone, after the rest, not competing
		// for the two cores with the other tests (under that load its saves and reloads time out).
		{ name: 'editor', use: { ...devices['Desktop Chrome'], launchOptions }, testMatch: editorSpecs, dependencies: ['chromium'], workers: 1 },
	],
	webServer: {
		// --ignore-lock: run beside a preview or dev server the developer may have open (Astro allows one otherwise).
		command: `astro preview --ignore-lock --port ${port}`,
		url: `http://localhost:${port}/es/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
