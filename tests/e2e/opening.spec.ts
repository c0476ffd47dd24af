import { expect, test, type Page } from '@playwright/test';
import { plain, watch } from './helpers';
import { headlineFigures, latest, locales, reports, yearPath, type Locale, type Report } from './site';

/**
 * The opening of a report tells the year: its headline figures (figures.yaml `headline:`) are on the first
 * screen of a phone and of a desktop, each figure with its words as one list item, and shown nowhere else
 * as a big figure. The language home is an edition home: the latest edition's opening and the way in.
 */

/** Each headline item as the page shows it: its text, and its value's box against the screen and the sticky bars. */
const items = (page: Page) =>
	page.locator('.headline-item').evaluateAll((list) => {
		const bars = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
		return list.map((li) => {
			const value = li.querySelector('.headline-value')!;
			const box = value.getBoundingClientRect();
			return {
				text: li.textContent!.replace(/\s+/g, ' ').trim(),
				seen: box.top >= bars && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth,
				cut: value.scrollWidth > value.clientWidth + 1 || li.scrollWidth > li.clientWidth + 1,
			};
		});
	});

/** A headline item's text: shown, spoken where it differs (hidden from the eye), then its words ("+2,4 milmás de 2400 Participantes…"). */
const reads = (report: Report, locale: Locale) =>
	headlineFigures(report, locale).map((f) => ({
		...f,
		item: plain(`${f.text}${f.spoken === f.text ? '' : f.spoken} ${f.label}`).replace(/\s+/g, ' '),
	}));

for (const report of reports)
	for (const locale of locales) {
		test(`${yearPath(report, locale)} opens with its headline figures, each one unit, first screen on a phone and a desktop`, async ({
			page,
		}) => {
			const expected = reads(report, locale);
			for (const [width, height, atLeast] of [
				[320, 568, Math.min(2, expected.length)],
				[390, 844, expected.length],
				[1280, 800, expected.length],
			] as const) {
				await page.setViewportSize({ width, height });
				await page.goto(yearPath(report, locale));
				await expect(page.locator('.hero .headline h2')).toHaveText(report.pages[locale].headline);
				const found = await items(page);
				expect(
					found.map((i) => plain(i.text).replace(/\s+/g, ' ')),
					`${width} px`,
				).toEqual(expected.map((e) => e.item));
				expect(
					found.filter((i) => i.cut),
					`${width} px: a figure cut`,
				).toEqual([]);
				const seen = found.filter((i) => i.seen).length;
				expect(seen, `${width}×${height}: headline figures on the first screen`).toBeGreaterThanOrEqual(atLeast);
			}
		});

		test(`${yearPath(report, locale)} shows each headline figure once as a big figure`, async ({ page }) => {
			await page.goto(yearPath(report, locale));
			const heroes = await page.locator('[data-figure]').evaluateAll((list) => list.map((e) => e.getAttribute('data-figure')));
			expect(heroes.length).toBeGreaterThan(report.headline.length);
			expect(
				heroes.filter((id, i) => heroes.indexOf(id) !== i),
				'shown twice as a big figure',
			).toEqual([]);
			expect(heroes.slice(0, report.headline.length)).toEqual(report.headline);
		});
	}

for (const locale of locales)
	test(`/${locale}/ is an edition home: the latest edition's opening and the way in, by keyboard`, async ({ page, baseURL }) => {
		const watcher = watch(page, new URL(baseURL!).origin);
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(`/${locale}/`);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${locale}/$`));
		await expect(page.locator('h1')).toHaveCount(1);
		// Not a copy of the report: no sections, no section bar.
		await expect(page.locator('section[data-section]')).toHaveCount(0);
		await expect(page.locator('.section-nav')).toHaveCount(0);
		const found = await items(page);
		expect(found.map((i) => plain(i.text).replace(/\s+/g, ' '))).toEqual(reads(latest, locale).map((e) => e.item));
		expect(found.filter((i) => i.cut)).toEqual([]);
		// The way in: reached with Tab after the skip link and the languages, followed with Enter.
		const read = page.locator('.edition-read a');
		await expect(read).toHaveAttribute('href', yearPath(latest, locale));
		for (let i = 0; i < 10 && !(await read.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(read).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${yearPath(latest, locale)}$`));
		watcher.expectClean();
	});

test('the language switch on an edition home goes to the other edition home', async ({ page }) => {
	await page.goto('/es/');
	await page.locator('.lang-switcher a[hreflang="fr"]').click();
	await expect(page).toHaveURL(/\/fr\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
