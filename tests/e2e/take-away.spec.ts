import { readFileSync, statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readReports } from '../../src/content/read';
import { locales, plain } from './helpers';

/** Open data, print, PDF and permalinks: the report taken away from the page. */
const report = readReports(process.cwd()).value!.find((r) => r.year === 2021)!;
// The report year is the file's own `year`, not a row.
const figures = Object.entries(report.figures).filter(([id]) => id !== 'year');
const typed = figures.filter(([, f]) => !f.derived);

/** A small CSV reader for our files (quoted cells with commas and doubled quotes). */
function parseCsv(text: string): string[][] {
	return text
		.trimEnd()
		.split('\r\n')
		.map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].filter((m) => m.index! < line.length || m[1]).map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')));
}

test('the JSON of 2021 holds every figure of the content, exactly', () => {
	const json = JSON.parse(readFileSync('dist/data/2021.json', 'utf8'));
	expect(json.year).toBe(2021);
	const byId = Object.fromEntries(json.figures.map((f: { id: string }) => [f.id, f]));
	for (const [id, f] of figures) expect(byId[id], id).toMatchObject({ value: f.value, kind: f.kind, qualifier: f.qualifier, derived: Boolean(f.derived) });
	expect(json.figures).toHaveLength(figures.length);
});

for (const locale of locales)
	test(`the ${locale} CSV: UTF-8 with BOM, a header row, localized labels, the content's values`, () => {
		const raw = readFileSync(`dist/${locale}/2021/data.csv`);
		expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const [header, ...rows] = parseCsv(raw.toString('utf8').slice(1));
		expect(header).toHaveLength(7);
		expect(rows).toHaveLength(figures.length);
		const byId = Object.fromEntries(rows.map((r) => [r[0], r]));
		for (const [id, f] of typed) expect(Number(byId[id]![3]), id).toBe(f.value);
		const label = { es: 'Estudiantes en prácticas', en: 'Interns', fr: 'Stagiaires' }[locale];
		expect(byId['staff.interns']![2]).toBe(label);
		expect(plain(byId['impact.participants']![6]!)).toBe({ es: '+2,4 mil', en: '2.4K+', fr: '+2,4 k' }[locale]);
		// One file per chart holds that chart's rows only.
		const funding = parseCsv(readFileSync(`dist/${locale}/2021/data-funding.csv`, 'utf8').slice(1)).slice(1);
		expect(funding.map((r) => r[0])).toEqual(typed.map(([id]) => id).filter((id) => id.startsWith('funding.')));
	});

test('a PDF per language, linked from its page', async ({ page }) => {
	for (const locale of locales) {
		const file = `dist/${locale}/2021/metropolis-2021-${locale}.pdf`;
		const pdf = readFileSync(file);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(statSync(file).size).toBeGreaterThan(50_000);
		expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length, file).toBeGreaterThanOrEqual(4);
		await page.goto(`/${locale}/2021/`);
		const link = page.locator(`#downloads a[href$="metropolis-2021-${locale}.pdf"]`);
		await expect(link).toBeVisible();
		const response = await page.request.get((await link.getAttribute('href'))!);
		expect(response.status()).toBe(200);
		await expect(page.locator(`#downloads a[href$="/${locale}/2021/data.csv"]`)).toBeVisible();
		await expect(page.locator('#downloads a[href$="/data/2021.json"]')).toBeVisible();
	}
});

test('each chart links to its own rows', async ({ page }) => {
	await page.goto('/fr/2021/');
	await page.locator('#alliances-chart summary').click();
	const href = await page.locator('#alliances-chart .chart-download a').getAttribute('href');
	expect(href).toBe('/fr/2021/data-alliances.csv');
	const csv = await (await page.request.get(href!)).text();
	expect(csv).toContain('alliances.byType.knowledge,Alliances,Connaissance,8');
});

test.describe('printing', () => {
	for (const locale of locales)
		test(`${locale}: print shows every section, chart and table, without the navigation`, async ({ page }) => {
			await page.goto(`/${locale}/2021/`);
			await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('figure.chart canvas')).toHaveCount(5);
			for (const hidden of ['.toolbar', '.skip-link', '#downloads']) await expect(page.locator(hidden)).toBeHidden();
			for (const section of await page.locator('main section[data-section]').all()) await expect(section).toBeVisible();
			for (const chart of await page.locator('figure.chart').all()) {
				await expect(chart.locator('canvas')).toBeVisible();
				await expect(chart.locator('table')).toBeVisible();
				expect(await chart.evaluate((e) => getComputedStyle(e).breakInside)).toBe('avoid');
			}
			for (const stat of await page.locator('.stat').all()) expect(await stat.evaluate((e) => getComputedStyle(e).breakInside)).toBe('avoid');
			await expect(page.locator('.print-footer')).toBeVisible();
			await expect(page.locator('.print-footer')).toContainText('2021');
			expect(await page.locator('.site-footer a[href^="https:"]').evaluate((a) => getComputedStyle(a, '::after').content)).toContain('https://www.metropolis.org/');
		});
});

test.describe('permalinks', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	for (const locale of locales)
		test(`${locale}: "copy link" copies the section's address, by mouse and by keyboard, and the switcher keeps it`, async ({ page, baseURL }) => {
			await page.goto(`/${locale}/2021/`);
			await page.locator('#funding .section-head .permalink').click();
			await expect(page).toHaveURL(new RegExp(`/${locale}/2021/#funding$`));
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/${locale}/2021/#funding`);
			await expect(page.locator('[role="status"]')).not.toBeEmpty();
			await page.locator('#parity-chart-2 .permalink').focus();
			await page.keyboard.press('Enter');
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/${locale}/2021/#parity-chart-2`);
			const other = locale === 'es' ? 'en' : 'es';
			await page.locator(`.lang-switcher a[hreflang="${other}"]`).click();
			await expect(page).toHaveURL(new RegExp(`/${other}/2021/#parity-chart-2$`));
			await expect(page.locator('#parity-chart-2')).toBeInViewport();
		});

	test.describe('with JavaScript off', () => {
		test.use({ javaScriptEnabled: false });
		test('a permalink is a plain link to its anchor', async ({ page }) => {
			await page.goto('/en/2021/');
			await page.locator('#impact .section-head .permalink').click();
			await expect(page).toHaveURL(/\/en\/2021\/#impact$/);
			await expect(page.locator('#impact h2')).toBeInViewport();
		});
	});
});
