import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { watch } from './helpers';
import { drafts, years } from './project-content';
import { locales } from './site';

/**
 * The project's own build (`npm run build` of content/reports/, in dist/), served by playwright.config.ts
 * for the project `real-content`: every published year has its pages in every language, each loads
 * cleanly with its downloads, no link is broken, drafts stay out. It expects no year's numbers: those
 * are the seed's (tests/unit/seed.test.ts) and, for the site's behaviour, the fixture's (the other specs).
 */
const dist = 'dist';

test('every published year is built, in every language; no draft is', () => {
	expect(years.length).toBeGreaterThan(0);
	for (const { year } of years) for (const l of locales) expect(existsSync(`${dist}/${l}/${year}/index.html`), `${l}/${year}/`).toBe(true);
	for (const year of drafts) for (const l of locales) expect(existsSync(`${dist}/${l}/${year}`), `${l}/${year}/ (a draft)`).toBe(false);
});

test('every file a page links is in the build (the check `npm run build` ends with)', () => {
	const check = spawnSync(process.execPath, ['scripts/check-dist.mjs', dist], { encoding: 'utf8' });
	expect(check.stderr).toBe('');
	expect(check.status).toBe(0);
	expect(check.stdout).toMatch(/every link of its \d+ pages to this site has its file/);
});

for (const { year } of years)
	for (const locale of locales)
		test(`/${locale}/${year}/ loads cleanly, in its language, and every link of it to the site answers`, async ({ page, baseURL }) => {
			const origin = new URL(baseURL!).origin;
			const watcher = watch(page, origin);
			expect((await page.goto(`/${locale}/${year}/`))?.status()).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page).toHaveTitle(new RegExp(String(year)));
			await expect(page.locator('h1')).toHaveCount(1);
			// Each link of the section bar has its section.
			for (const href of await page.locator('.section-nav a').evaluateAll((a) => a.map((e) => e.getAttribute('href')!)))
				await expect(page.locator(`section${href}`), href).toHaveCount(1);
			// Every address of the site the page links (other years and languages, downloads) answers.
			const links = await page.locator('a[href]').evaluateAll((a) => a.map((e) => (e as HTMLAnchorElement).href));
			const own = [...new Set(links.map((l) => l.split('#')[0]!).filter((l) => l.startsWith(origin)))];
			expect(own.filter((l) => l.endsWith('.pdf')).length, 'a PDF').toBe(1);
			for (const link of own) expect((await page.request.get(link)).status(), link).toBe(200);
			await page.waitForLoadState('networkidle');
			watcher.expectClean();
		});

test('the language chooser, the language homes and the 404 page answer', async ({ page }) => {
	expect((await page.goto('/'))?.status()).toBe(200);
	for (const l of locales) expect((await page.goto(`/${l}/`))?.status(), `/${l}/`).toBe(200);
	expect((await page.goto('/es/1999/no-such-page/'))?.status()).toBe(404);
});

// Issue 24's measure: the 2021 edition (kept as published, so it can be measured years later) took
// 9,987 px in Spanish at 320 px before its re-authoring; one hero per idea holds it to 70 % of that
// (the seed's figures all on it: tests/unit/seed.test.ts).
test('the 2021 edition in Spanish at 320 px is at most 70 % of its height before issue 24', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await page.goto('/es/2021/', { waitUntil: 'networkidle' });
	await page.evaluate(() => document.fonts.ready);
	expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(Math.floor(0.7 * 9987));
});
