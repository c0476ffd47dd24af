import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { chartCases, datasets } from '../chart-cases';
import { layoutProblems, measureSvg, preparePage } from '../chart-layout';
import { builtFixture } from './fixture-build';
import { barChartFits, plain, readWhole, readingWidths } from './helpers';
import { locales } from './site';

/**
 * Data other than 2021's (tests/fixtures/stress/: a 12-category donut with long labels, a bar chart of
 * 7-figure amounts whose labels run to three lines, a compact amount, a 100 % bar), built as staff would
 * publish it and read whole in Chromium: no text outside its box and no sideways scroll at phone to
 * desktop readingWidths, in light, dark and forced colours and in print; every value in its table; the chart
 * images drawn at their size.
 */
const served = builtFixture('stress');

for (const locale of locales)
	test(`${locale}: the stress year reads whole at ${readingWidths.join(', ')} px in light, dark and forced colours, and in print`, async ({
		browser,
	}) => {
		test.setTimeout(180_000);
		// Inside the canvas, by the chart's own layout (src/scripts/chart-render.ts): every value and name fits.
		const problems = await readWhole(browser, `${served.origin}/${locale}/2030/`, async (page) => {
			const fits = await barChartFits(page);
			expect(fits.length).toBeGreaterThan(0);
			return fits.filter((f) => f !== 'yes').map((f) => `bar chart: ${f}`);
		});
		expect(problems).toEqual([]);
	});

test('the stress year: the compact amount reads short on the page and exact in the tables and the data; every row in its table', async ({
	page,
}) => {
	await page.goto(`${served.origin}/en/2030/`);
	await expect(page.locator('.headline-item[data-figure="finance.total"] .headline-value')).toHaveText(/€2\.3M/);
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	const rows = await page.locator('figure#budget-chart table tbody tr').allInnerTexts();
	expect(rows.map(plain)).toEqual([
		expect.stringContaining('€1,200,000'),
		expect.stringContaining('€1,048,700'),
		expect.stringContaining('€985,000'),
		expect.stringContaining('€743,250'),
	]);
	await expect(page.locator('figure#regions-chart table tbody tr')).toHaveCount(12);
	const data = JSON.parse(readFileSync(join(served.dir, 'data/2030.json'), 'utf8')) as { figures: { id: string; value: number }[] };
	expect(data.figures.find((f) => f.id === 'finance.total')?.value).toBe(2300000);
	// The chart images: a PNG at its size for each chart.
	for (const chart of ['regions', 'budget', 'split']) {
		const png = readFileSync(join(served.dir, `en/2030/chart-${chart}.png`));
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect(png.readUInt32BE(16), chart).toBeGreaterThanOrEqual(600);
	}
});

test("the stress year's chart images: every text inside the image and apart, in each language (SVG read in Chromium; the PNG its double)", async ({
	page,
}) => {
	await preparePage(page);
	const problems: string[] = [];
	for (const locale of locales)
		for (const chart of ['regions', 'budget', 'split']) {
			const svg = readFileSync(join(served.dir, `${locale}/2030/chart-${chart}.svg`), 'utf8');
			const layout = await measureSvg(page, svg);
			problems.push(...layoutProblems(layout).map((p) => `${locale} ${chart}: ${p}`));
			const png = readFileSync(join(served.dir, `${locale}/2030/chart-${chart}.png`));
			expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${locale} ${chart}.png`).toEqual([2 * layout.width, 2 * layout.height]);
		}
	expect(problems).toEqual([]);
});

/**
 * A property test of the bar chart's layout: generated datasets (tests/chart-cases.ts: a fixed seed;
 * `CHART_CASES=200` for a larger run) drawn by the page's own renderer in place of the stress year's bar
 * chart, at every width, each read through the chart's own layout (`data-fits`). 1–15 categories, names
 * of 1–80 characters in Spanish, English or French words, values from 0 to billions, as counts or
 * amounts in the page's language.
 */
const cases = chartCases;

test(`bar charts of ${cases} generated datasets keep every value and name inside the canvas at ${readingWidths.join(', ')} px`, async ({
	browser,
}) => {
	test.setTimeout(60_000 + cases * 15_000);
	const problems: string[] = [];
	const context = await browser.newContext({ reducedMotion: 'reduce' });
	const page = await context.newPage();
	for (const [n, { locale, labels, values, money }] of datasets(2021, cases).entries()) {
		const format = new Intl.NumberFormat(locale, money ? { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 } : {});
		const data = {
			type: 'bar',
			locale,
			labels,
			values,
			shares: values.map(() => 0),
			texts: values.map((v) => format.format(v)),
			series: values.map(() => 0),
		};
		for (const width of readingWidths) {
			await page.setViewportSize({ width, height: 600 });
			await page.goto(`${served.origin}/${locale}/2030/`);
			const box = page.locator('figure#budget-chart .chart-box');
			// Not drawn yet (below the fold): its data replaced, then brought into view.
			await box.evaluate((b, d) => b.setAttribute('data-chart', JSON.stringify(d)), data);
			await box.scrollIntoViewIfNeeded();
			await expect(box).toHaveAttribute('data-fits', /./);
			const fits = await box.getAttribute('data-fits');
			if (fits !== 'yes')
				problems.push(`case ${n} (${locale}, ${labels.length} bars up to ${format.format(Math.max(...values))}), ${width} px: ${fits}`);
		}
	}
	await context.close();
	expect(problems).toEqual([]);
});
