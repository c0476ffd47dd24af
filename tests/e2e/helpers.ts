import { expect, type Browser, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';

export { locales } from './site';

/**
 * Watches a page for what a reader must never get: console errors, failed requests, and any
 * request that leaves the site (third parties are not allowed, for privacy).
 */
export function watch(page: Page, origin: string) {
	const problems: string[] = [];
	page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.push(`third party: ${r.url()}`);
	});
	page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
	return { expectClean: () => expect(problems).toEqual([]) };
}

/** A CSV file's rows, read by a real CSV parser (its byte-order mark dropped). */
export const parseCsv = (text: string): string[][] => parse(text, { bom: true });

/** Text as a reader sees it, with the no-break spaces of number formatting made plain. */
export const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** Every layout shift the page has had so far, summed as the browser measures it (Cumulative Layout Shift). */
export const layoutShift = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				let sum = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) sum += e.value;
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => resolve(sum), 500);
			}),
	);

/** A computed CSS colour (`rgb(…)`/`rgba(…)`) as #rrggbb, for the contrast function of src/charts/palette.ts. */
export const hexOf = (css: string) =>
	`#${css
		.match(/\d+/g)!
		.slice(0, 3)
		.map((n) => Number(n).toString(16).padStart(2, '0'))
		.join('')}`;

/**
 * The contrast ratio of two #rrggbb colours (1 to 21) as WCAG 2 defines it, written here from the
 * standard rather than taken from the site's palette code, so that a mistake there cannot pass here.
 */
export function contrast(a: string, b: string): number {
	const linear = (byte: number) => (byte / 255 <= 0.03928 ? byte / 255 / 12.92 : ((byte / 255 + 0.055) / 1.055) ** 2.4);
	const luminance = (hex: string) => {
		const [r, g, bl] = [1, 3, 5].map((i) => linear(Number.parseInt(hex.slice(i, i + 2), 16)));
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
	};
	const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (lighter! + 0.05) / (darker! + 0.05);
}

/** Texts that spill out of their box: `what (text): by N px`. Scrollable boxes (tables, nav) are exempt. */
export const spills = (page: Page) =>
	page.evaluate(() => {
		const found: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const isBlock = (e: Element) => !['inline', 'contents'].includes(getComputedStyle(e).display);
		const scrolls = (e: Element) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent?.trim();
			const parent = node.parentElement;
			if (!text || !parent || parent.closest('.sr-only, script, style, [hidden], [aria-hidden="true"] svg, .chart-box')) continue;
			if (getComputedStyle(parent).visibility === 'hidden') continue;
			// Visually hidden on purpose (read by screen readers only).
			let hidden = false;
			for (let e: Element | null = parent; e && !hidden; e = e.parentElement) hidden = getComputedStyle(e).clipPath.startsWith('inset(50%');
			if (hidden) continue;
			let box: Element = parent;
			while (!isBlock(box) && box.parentElement) box = box.parentElement;
			// Inside a box that scrolls on purpose (a wide table), what matters is that the box scrolls.
			let up: Element | null = box;
			let scrollable = false;
			while (up && up !== document.body) {
				if (scrolls(up)) scrollable = true;
				up = up.parentElement;
			}
			if (scrollable) continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			const r = range.getBoundingClientRect();
			if (!r.width) continue;
			const b = box.getBoundingClientRect();
			const over = Math.max(b.left - r.left, r.right - b.right);
			if (over > 1)
				found.push(`${box.tagName.toLowerCase()}.${[...box.classList].join('.')} "${text.slice(0, 30)}": ${Math.round(over)} px`);
		}
		const sideways = document.documentElement.scrollWidth - document.documentElement.clientWidth;
		if (sideways > 0) found.push(`the page scrolls sideways by ${sideways} px`);
		return found;
	});

export const readingWidths = [320, 390, 768, 1280, 1920];
export const schemes = [
	{ name: 'light', colorScheme: 'light', forcedColors: 'none' },
	{ name: 'dark', colorScheme: 'dark', forcedColors: 'none' },
	{ name: 'forced colours', colorScheme: 'light', forcedColors: 'active' },
] as const;

/**
 * A page read whole, as a reader sees it at phone to desktop widths in light, dark and forced colours,
 * every chart drawn, then printed (an A4 page's width): texts that spill (`spills`), and what `more` finds
 * on each screen, each problem with where it was seen.
 */
/**
 * Once every bar chart on the page has been drawn (Chart.js loads with the first chart to draw, so just
 * after a page opens a box may not have its layout yet), what each one's own layout says (`data-fits`).
 */
export async function barChartFits(page: Page): Promise<(string | undefined)[]> {
	const boxes = page.locator('.chart-box--bar');
	for (const box of await boxes.all()) await expect(box).toHaveAttribute('data-fits', /./);
	return boxes.evaluateAll((all) => all.map((b) => (b as HTMLElement).dataset.fits));
}

export async function readWhole(
	browser: Browser,
	url: string,
	more: (page: Page) => Promise<string[]> = async () => [],
): Promise<string[]> {
	const problems: string[] = [];
	for (const scheme of schemes) {
		const context = await browser.newContext({
			colorScheme: scheme.colorScheme,
			forcedColors: scheme.forcedColors,
			reducedMotion: 'reduce',
		});
		const page = await context.newPage();
		for (const width of readingWidths) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(url);
			// Every chart drawn, as a reader scrolling down sees it.
			await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
			problems.push(...[...(await spills(page)), ...(await more(page))].map((p) => `${scheme.name}, ${width} px: ${p}`));
		}
		await page.setViewportSize({ width: 794, height: 1123 });
		await page.emulateMedia({ media: 'print' });
		problems.push(...(await spills(page)).map((p) => `${scheme.name}, print: ${p}`));
		await context.close();
	}
	return problems;
}
