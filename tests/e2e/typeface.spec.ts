import { expect, test } from '@playwright/test';
import { latest, locales, yearPath } from './site';
import { layoutShift } from './helpers';

/**
 * The report's typeface (Archivo Bold, global.css): served by the site itself, within its 30 KB, drawn in
 * the headings and the figures, and arriving without moving the page (it is preloaded, with a fallback
 * scaled to its metrics).
 */
for (const locale of locales)
	test(`${locale}: the typeface is self-hosted, ≤ 30 KB, used by headings and figures, and moves nothing`, async ({ page, baseURL }) => {
		const fonts: { url: string; bytes: number }[] = [];
		page.on('response', async (r) => {
			if (r.request().resourceType() === 'font') fonts.push({ url: r.url(), bytes: (await r.body()).length });
		});
		await page.goto(yearPath(latest, locale));
		await page.evaluate(() => document.fonts.ready);
		await page.waitForLoadState('networkidle');

		expect(fonts.length).toBeGreaterThan(0);
		for (const f of fonts) expect(new URL(f.url).origin, f.url).toBe(new URL(baseURL!).origin);
		expect(fonts.reduce((sum, f) => sum + f.bytes, 0)).toBeLessThanOrEqual(30 * 1024);

		// Loaded, and the first choice of the title, the section headings and the stat figures.
		expect(
			await page.evaluate(() => [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Archivo').map((f) => f.status)),
		).toEqual(['loaded']);
		for (const selector of ['h1', 'section[data-section] h2', '.stat-value']) {
			const family = await page
				.locator(selector)
				.first()
				.evaluate((e) => getComputedStyle(e).fontFamily);
			expect(family, selector).toMatch(/^"?Archivo"?,/);
		}

		// No layout shift while loading (Cumulative Layout Shift 0, as the browser measures it).
		const shift = await layoutShift(page);
		expect(shift).toBeLessThan(0.01);
	});
