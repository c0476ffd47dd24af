import { expect, test, type Page } from '@playwright/test';
import { contrast, hexOf } from './helpers';
import { latest, locales, yearPath } from './site';

/**
 * On a phone the sticky section bar shows two or three of its links and scrolls sideways: a chevron at an
 * end says there is more that way, by its shape (not only a fade or a colour), in light, dark and forced
 * colours, with JavaScript and without. The end it has reached has none; the page itself never moves sideways.
 */
const cue = (page: Page, end: 'start' | 'end') => page.locator(`.section-nav [data-cue="${end}"]`);
const bar = (page: Page) => page.locator('.section-nav ul');

/** The cue as a reader sees it: shown, on top at its middle (nothing covers it), and its chevron's contrast. */
const seen = (page: Page, end: 'start' | 'end') =>
	cue(page, end).evaluate((button) => {
		const box = button.getBoundingClientRect();
		const style = getComputedStyle(button);
		if (style.display === 'none' || style.visibility !== 'visible' || !box.width) return undefined;
		const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
		const chevron = button.querySelector('svg')!;
		// The colour behind the chevron: the button's own, else the bar's.
		const behind = [button, ...(button.closest('.toolbar') ? [button.closest('.toolbar')!] : [])]
			.map((e) => getComputedStyle(e).backgroundColor)
			.find((c) => c !== 'rgba(0, 0, 0, 0)')!;
		return {
			onTop: Boolean(top && button.contains(top)),
			width: chevron.getBoundingClientRect().width,
			color: getComputedStyle(chevron).color,
			behind,
		};
	});

const sideways = (page: Page) => page.evaluate(() => ({ scrollX, overflow: document.documentElement.scrollWidth - innerWidth }));

for (const width of [320, 390])
	for (const locale of locales)
		test(`${locale} at ${width} px: a chevron shows the bar scrolls on, the one at the end reached goes, the page stays put`, async ({
			page,
		}) => {
			await page.setViewportSize({ width, height: 700 });
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.goto(yearPath(latest, locale));
			expect(await bar(page).evaluate((ul) => ul.scrollWidth > ul.clientWidth + 40), 'the bar scrolls at this width').toBe(true);
			expect(await seen(page, 'end')).toMatchObject({ onTop: true });
			expect(await seen(page, 'start')).toBeUndefined();
			// The chevron to the end scrolls the bar on, about a bar's width a time, until there is no more.
			const left = () => bar(page).evaluate((ul) => ul.scrollLeft);
			for (let i = 0; i < 10 && (await seen(page, 'end')); i++) {
				const before = await left();
				await cue(page, 'end').click();
				await expect.poll(left).toBeGreaterThan(before);
			}
			expect(await bar(page).evaluate((ul) => Math.round(ul.scrollLeft + ul.clientWidth - ul.scrollWidth))).toBe(0);
			await expect.poll(() => seen(page, 'end')).toBeUndefined();
			expect(await seen(page, 'start')).toMatchObject({ onTop: true });
			expect(await sideways(page)).toEqual({ scrollX: 0, overflow: 0 });
			// Pointer-only: a click leaves the keyboard's focus where it was, and screen readers get the links alone.
			expect(await page.evaluate(() => document.activeElement?.closest('.section-nav'))).toBeNull();
			expect(await page.locator('.section-nav').ariaSnapshot()).not.toMatch(/button/);
			// And back: at the start again, the start's chevron goes.
			await bar(page).evaluate((ul) => ul.scrollTo({ left: 0 }));
			await expect.poll(() => seen(page, 'start')).toBeUndefined();
			expect(await seen(page, 'end')).toMatchObject({ onTop: true });
		});

for (const colorScheme of ['light', 'dark'] as const)
	for (const forcedColors of ['none', 'active'] as const)
		test(`${colorScheme}${forcedColors === 'active' ? ', forced colours' : ''}: the chevron is drawn, at 3:1 against what is behind it`, async ({
			page,
		}) => {
			await page.setViewportSize({ width: 390, height: 700 });
			await page.emulateMedia({ colorScheme, forcedColors });
			await page.goto(yearPath(latest, 'es'));
			const shown = (await seen(page, 'end'))!;
			expect(shown).toMatchObject({ onTop: true });
			expect(shown.width).toBeGreaterThanOrEqual(12);
			expect(contrast(hexOf(shown.color), hexOf(shown.behind))).toBeGreaterThanOrEqual(3);
		});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	for (const width of [320, 390])
		test(`at ${width} px the chevron still shows where the bar goes on, and the page stays put`, async ({ page }) => {
			await page.setViewportSize({ width, height: 700 });
			await page.goto(yearPath(latest, 'es'));
			expect(await seen(page, 'end')).toBeTruthy();
			expect(await seen(page, 'start')).toBeUndefined();
			await bar(page).evaluate((ul) => ul.scrollTo({ left: ul.scrollWidth }));
			await expect.poll(() => seen(page, 'end')).toBeUndefined();
			expect(await seen(page, 'start')).toBeTruthy();
			expect(await sideways(page)).toEqual({ scrollX: 0, overflow: 0 });
		});
});

// With the reader's text at 200 % on a phone the languages alone would fill the bar's row: they wrap
// under it, and the bar keeps room for its links (it had none at 320 px).
for (const width of [320, 390])
	test(`at ${width} px with text at 200 %, the section bar keeps room for its links and a section scrolled to stays clear of it`, async ({
		page,
	}) => {
		await page.setViewportSize({ width, height: 800 });
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
		await page.goto(yearPath(latest, 'es'));
		const em = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
		expect(em).toBe(32);
		const nav = (await page.locator('.section-nav').boundingBox())!;
		expect(nav.width).toBeGreaterThanOrEqual(7 * em);
		// Each link reachable: the first whole inside the bar, none under the languages.
		const first = (await page.locator('.section-nav a').first().boundingBox())!;
		expect(first.x + first.width).toBeLessThanOrEqual(nav.x + nav.width + 1);
		const languages = (await page.locator('.lang-switcher').boundingBox())!;
		expect(languages.y).toBeGreaterThanOrEqual(nav.y + nav.height - 1);
		// A section reached by its link starts below the (now taller) sticky toolbar.
		const section = latest.pages.es.sections.at(-1)!.id;
		await page.locator(`.section-nav a[href="#${section}"]`).click();
		const toolbar = (await page.locator('.toolbar').boundingBox())!;
		await expect
			.poll(async () => (await page.locator(`#${section} h2`).boundingBox())!.y)
			.toBeGreaterThanOrEqual(toolbar.y + toolbar.height);
		// At 390 px nothing moves sideways (a legend's value goes under its label); at 320 px a heading's longest
		// word alone is wider than the column at this size (the room of a 160 px screen, which WCAG does not ask).
		if (width >= 390) expect(await sideways(page)).toEqual({ scrollX: 0, overflow: 0 });
	});
