import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { chartCases, datasets } from '../chart-cases';
import { writeGeneratedYear } from '../generated-year';
import { builtFixture } from './fixture-build';
import { barChartFits, readWhole, readingWidths, spills } from './helpers';
import { locales } from './site';

/**
 * The property test of the page's charts as the build writes them (issue 23): a donut's and a 100 % bar's
 * legend and table are HTML the build writes, and every chart's picture without JavaScript (and in print)
 * too, so generated datasets (tests/chart-cases.ts, seed 2021; `CHART_CASES` for more) are
 * written as a report year (tests/generated-year.ts: 1–15 categories, names of 1–80 characters in es/en/fr
 * words, counts or euros from 0 to billions), built as staff publish it, and read in Chromium at phone to
 * desktop widths, light, dark and forced colours, and in print, and without JavaScript: no text out of
 * its box, no sideways scroll, every legend's name clear of its value, every bar chart's canvas fitting
 * by its own layout (`data-fits`), every category in its legend or its bars and in its table.
 */
const data = datasets(2021);
const source = writeGeneratedYear(mkdtempSync(join(tmpdir(), 'generated-year-')), 2040, data);
test.afterAll(() => rmSync(source, { recursive: true, force: true }));
const served = builtFixture(source);

for (const locale of locales)
	test(`${locale}: ${data.length} generated charts (donuts, 100 % bars, bars) read whole at ${readingWidths.join(', ')} px, in three schemes and in print`, async ({
		browser,
	}) => {
		test.setTimeout(60_000 + data.length * 10_000);
		// A name and its value never overlap: the value after the name's end, or on a line below it.
		const problems = await readWhole(browser, `${served.origin}/${locale}/2040/`, async (page) => [
			...(await page.locator('.legend:not(.legend--years) li').evaluateAll((rows) =>
				rows.flatMap((row) => {
					const name = row.querySelector('.legend-label')!.getBoundingClientRect();
					const value = row.querySelector('.legend-value')!.getBoundingClientRect();
					const apart = value.left >= name.right - 0.5 || value.top >= name.bottom - 0.5;
					return apart ? [] : [`«${row.textContent?.trim().slice(0, 40)}»: its value overlaps its name`];
				}),
			)),
			// The bar charts' canvas, by the renderer's own layout.
			...(await barChartFits(page)).flatMap((f) => (f === 'yes' ? [] : [`bar chart: ${f}`])),
		]);
		expect(problems).toEqual([]);
	});

test(`every generated chart's embed reads whole in a narrow and a wide frame (${chartCases} datasets)`, async ({ page }) => {
	const problems: string[] = [];
	for (const width of [360, 1000]) {
		await page.setViewportSize({ width, height: 800 });
		for (const n of data.keys()) {
			await page.goto(`${served.origin}/embed/fr/2040/g${n}/`);
			problems.push(...(await spills(page)).map((p) => `g${n}, ${width} px: ${p}`));
		}
	}
	expect(problems).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test(`every generated category is in its legend or its bars and in its table, nothing spills (${chartCases} datasets)`, async ({
		page,
	}) => {
		for (const width of [320, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(`${served.origin}/en/2040/`);
			for (const [n, d] of data.entries()) {
				const chart = page.locator(`#g${n}-chart`);
				const count = Math.max(d.labels.length, 2);
				await expect(chart.locator(n % 3 === 2 ? '.bars > li' : '.legend li')).toHaveCount(count);
				await expect(chart.locator('.chart-data tbody tr')).toHaveCount(count);
			}
			expect(await spills(page), `${width} px`).toEqual([]);
		}
	});
});
