import { expect, test } from '@playwright/test';
import { chartsOf, latest, locales, sectionsOf, yearPath } from './site';

/** The focused control: what it is, whether its ring shows, whether it is on screen, and what hides part of the ring. */
const focusState = () => {
	const el = document.activeElement as HTMLElement;
	const style = getComputedStyle(el);
	const rect = el.getBoundingClientRect();
	// The ring's box, and what hides part of it: an ancestor that clips its overflow or fades its edges.
	const ring = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
	const hidden: string[] = [];
	for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
		const s = getComputedStyle(a);
		if (s.maskImage !== 'none') hidden.push(`${a.tagName} fades`);
		if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
		const box = a.getBoundingClientRect();
		const [top, left] = [box.top + a.clientTop, box.left + a.clientLeft];
		if (
			rect.top - ring < top - 0.5 ||
			rect.bottom + ring > top + a.clientHeight + 0.5 ||
			rect.left - ring < left - 0.5 ||
			rect.right + ring > left + a.clientWidth + 0.5
		)
			hidden.push(`${a.tagName}.${a.className} clips`);
	}
	return {
		what: el.matches('summary')
			? `summary:${el.closest('figure')!.id}${el.closest('.chart-reuse') ? ':reuse' : ''}`
			: el.matches('[data-copy-link]')
				? `copy:${el.getAttribute('href')}`
				: (el.getAttribute('href') ?? el.tagName),
		visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
		onScreen: rect.bottom > 0 && rect.top < innerHeight,
		hidden,
	};
};

test('tabbing through the report reaches every control in order, with a visible focus', async ({ page }) => {
	// Without smooth scrolling, so that a focused control is in view as soon as it has focus.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(yearPath(latest, 'en'));
	const order: string[] = [];
	// Until the last control of the page, the footer link.
	while (order.at(-1) !== 'https://www.metropolis.org/' && order.length < 200) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(focusState);
		expect(focused.visible, `focus is visible on ${focused.what}`).toBe(true);
		expect(focused.hidden, `nothing hides part of the focus ring on ${focused.what}`).toEqual([]);
		expect(focused.onScreen, `${focused.what} is scrolled into view`).toBe(true);
		order.push(focused.what);
	}
	const y = latest.year;
	const sections = sectionsOf(latest, 'en');
	// Footnote links come and go with the content's sources; the rest is the page's own order.
	expect(order.filter((w) => !w.startsWith('#fn-'))).toEqual([
		'#main',
		'/en/',
		...sections.map((s) => `#${s.id}`),
		...locales.map((l) => `/${l}/${y}/`),
		...sections.flatMap((s) => [
			`copy:#${s.id}`,
			...s.charts.flatMap((c) => [`copy:#${c}-chart`, `summary:${c}-chart`, `summary:${c}-chart:reuse`]),
		]),
		`/en/${y}/metropolis-${y}-en.pdf`,
		`/en/${y}/data.csv`,
		`/data/${y}.json`,
		`/en/${y}/datapackage.json`,
		'https://www.metropolis.org/',
	]);
});

test('on a phone, each link of the section bar comes whole into view when tabbed to, its ring unclipped', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 700 });
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(yearPath(latest, 'es'));
	const links = page.locator('.section-nav a');
	// The bar is wider than the screen (else this test would prove nothing).
	expect(await page.locator('.section-nav ul').evaluate((ul) => ul.scrollWidth > ul.clientWidth)).toBe(true);
	await links.first().focus();
	for (const section of sectionsOf(latest, 'es')) {
		const focused = await page.evaluate(focusState);
		expect(focused.what).toBe(`#${section.id}`);
		expect(focused.hidden, `nothing hides part of the focus ring on ${focused.what}`).toEqual([]);
		await page.keyboard.press('Tab');
	}
});

test("a chart's data opens and closes from the keyboard", async ({ page }) => {
	await page.goto(yearPath(latest, 'fr'));
	const chart = `#${chartsOf(latest, 'fr')[0]!.anchor}`;
	const summary = page.locator(`${chart} .chart-data summary`);
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator(`${chart} table`)).toBeVisible();
	await page.keyboard.press('Space');
	await expect(page.locator(`${chart} table`)).toBeHidden();
});

test('the skip link moves focus to the content', async ({ page }) => {
	await page.goto(yearPath(latest, 'es'));
	await page.keyboard.press('Tab');
	await expect(page.locator('.skip-link')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

for (const [label, viewport] of [
	['320 px wide', { width: 320, height: 640 }],
	['zoomed to 200 % on a 1280 px screen', { width: 640, height: 400 }],
] as const)
	test(`nothing scrolls sideways or is cut off at ${label}`, async ({ page }) => {
		await page.setViewportSize(viewport);
		for (const path of [yearPath(latest, 'es'), yearPath(latest, 'fr'), '/en/', '/', '/404.html']) {
			await page.goto(path);
			for (const chart of await page.locator('figure.chart').all()) await chart.scrollIntoViewIfNeeded();
			const overflow = await page.evaluate(() => ({
				page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
				cut: [...document.querySelectorAll('main *:not(.sr-only):not(.sr-only *)')]
					.filter((e) => !e.closest('.section-nav ul, .sr-only, .lang-name'))
					.filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
					.map((e) => e.tagName + '.' + e.className)
					.slice(0, 5),
			}));
			expect(overflow.page, path).toBeLessThanOrEqual(0);
			expect(overflow.cut, path).toEqual([]);
		}
	});
