import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { chartCases, datasets } from '../chart-cases';
import { writeGeneratedYear } from '../generated-year';
import { builtFixture } from './fixture-build';
import { readWhole, readingWidths } from './helpers';
import { locales } from './site';

/**
 * The property test of the page's donuts and 100 % bars (issue 23): their legend and table are HTML the
 * build writes, so generated datasets (tests/chart-cases.ts, seed 2021; `CHART_CASES` for more) are
 * written as a report year (tests/generated-year.ts: 1–15 categories, names of 1–80 characters in es/en/fr
 * words, counts or euros from 0 to billions), built as staff publish it, and read in Chromium at phone to
 * desktop widths, light, dark and forced colours, and in print: no text out of its box, no sideways
 * scroll, every legend's name clear of its value, every category in its legend and its table.
 */
const data = datasets(2021);
const source = writeGeneratedYear(mkdtempSync(join(tmpdir(), 'generated-year-')), 2040, data);
test.afterAll(() => rmSync(source, { recursive: true, force: true }));
const served = builtFixture(source);

for (const locale of locales)
	test(`${locale}: ${data.length} generated donuts and 100 % bars read whole at ${readingWidths.join(', ')} px, in three schemes and in print`, async ({
		browser,
	}) => {
		test.setTimeout(60_000 + data.length * 10_000);
		// A name and its value never overlap: the value after the name's end, or on a line below it.
		const problems = await readWhole(browser, `${served.origin}/${locale}/2040/`, (page) =>
			page.locator('.legend:not(.legend--years) li').evaluateAll((rows) =>
				rows.flatMap((row) => {
					const name = row.querySelector('.legend-label')!.getBoundingClientRect();
					const value = row.querySelector('.legend-value')!.getBoundingClientRect();
					const apart = value.left >= name.right - 0.5 || value.top >= name.bottom - 0.5;
					return apart ? [] : [`«${row.textContent?.trim().slice(0, 40)}»: its value overlaps its name`];
				}),
			),
		);
		expect(problems).toEqual([]);
	});

test(`every generated category is in its legend and its table (${chartCases} datasets)`, async ({ page }) => {
	await page.goto(`${served.origin}/en/2040/`);
	for (const [n, d] of data.entries()) {
		const chart = page.locator(`#g${n}-chart`);
		const count = Math.max(d.labels.length, 2);
		await expect(chart.locator('.legend li')).toHaveCount(count);
		await expect(chart.locator('.chart-data tbody tr')).toHaveCount(count);
	}
});
