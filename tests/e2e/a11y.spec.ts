import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chartsOf, latest, locales, yearPath } from './site';

// WCAG 2.2 AA and best practices, on every page, with JavaScript on and off, on a phone and a desktop.
const pages = [...locales.map((l) => yearPath(latest, l)), '/es/', '/en/', '/fr/', '/fr/history/', '/', '/404.html'];
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe runs as a script in the page, so "JavaScript off" is the page as a reader without JavaScript
 * gets it: the same HTML with every <script> removed.
 */
async function withoutScripts(page: Page) {
	await page.route('**/*', async (route) => {
		if (route.request().resourceType() !== 'document') return route.continue();
		const response = await route.fetch();
		const body = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
		await route.fulfill({ response, body });
	});
}

interface Run {
	javaScript: boolean;
	width: number;
	scheme: 'light' | 'dark';
	forced?: boolean;
}
const runs: Run[] = [
	...[true, false].flatMap((javaScript) => [390, 1280].map((width) => ({ javaScript, width, scheme: 'light' as const }))),
	// The dark palette: the same rules (text contrast included) on a phone and a desktop.
	{ javaScript: true, width: 390, scheme: 'dark' as const },
	{ javaScript: true, width: 1280, scheme: 'dark' as const },
	// Windows high contrast (forced colours), light and dark system palettes.
	{ javaScript: true, width: 390, scheme: 'light' as const, forced: true },
	{ javaScript: true, width: 1280, scheme: 'dark' as const, forced: true },
];
for (const { javaScript, width, scheme, forced = false } of runs)
	test.describe(`${width} px, JavaScript ${javaScript ? 'on' : 'off'}${scheme === 'dark' ? ', dark scheme' : ''}${forced ? ', forced colours' : ''}`, () => {
		test.use({ viewport: { width, height: 900 }, locale: 'es-ES', colorScheme: scheme, forcedColors: forced ? 'active' : 'none' });
		for (const path of pages)
			test(`axe finds no violation on ${path}`, async ({ page }) => {
				if (!javaScript) await withoutScripts(page);
				await page.goto(path);
				if (javaScript) {
					// The root page sends the reader on; the charts are drawn as the reader scrolls.
					await page.waitForLoadState('networkidle');
					for (const chart of await page.locator('figure.chart').all()) await chart.scrollIntoViewIfNeeded();
					if (await page.locator('figure.chart').count())
						await expect(page.locator('figure.chart canvas')).toHaveCount(chartsOf(latest, 'es').length);
					// Back to the top, as a reader arrives (the sticky bar would cover what is under it).
					await page.evaluate(() => window.scrollTo(0, 0));
				} else {
					expect(await page.locator('script').count()).toBe(0);
				}
				const results = await new AxeBuilder({ page }).withTags(tags).analyze();
				const violations = results.violations.map(
					(v) =>
						`${v.id}: ${v.help} — ${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 3)
							.join(' | ')}`,
				);
				expect(violations).toEqual([]);
			});
	});
