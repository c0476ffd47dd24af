import { readFileSync, statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseCsv, plain } from './helpers';
import { chartsOf, csvHeader, dist, latest, locales, reports, yearPath } from './site';
import { PDFDocument, PDFName } from 'pdf-lib';

/** Open data, print, PDF and permalinks: the report taken away from the page. */

for (const report of reports) {
	const y = report.year;
	const figures = Object.entries(report.figures);

	test(`the JSON of ${y} holds every figure of the content, exactly`, () => {
		const json = JSON.parse(readFileSync(`${dist}/data/${y}.json`, 'utf8'));
		expect(json.year).toBe(y);
		const byId = Object.fromEntries(json.figures.map((f: { id: string }) => [f.id, f]));
		for (const [id, f] of figures)
			expect(byId[id], id).toMatchObject({ value: f.value, kind: f.kind, qualifier: f.qualifier, derived: Boolean(f.derived) });
		expect(json.figures).toHaveLength(figures.length);
	});

	for (const locale of locales)
		test(`the ${locale} CSVs of ${y}: UTF-8 with BOM, the shared header, the content's labels and values; one per chart`, () => {
			const l = locales.indexOf(locale);
			const raw = readFileSync(`${dist}/${locale}/${y}/data.csv`);
			expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			const [header, ...rows] = parseCsv(raw.toString('utf8').slice(1));
			expect(header).toEqual(csvHeader);
			expect(rows).toHaveLength(figures.length);
			const col = (row: string[], field: string) => row[csvHeader.indexOf(field)]!;
			const byId = Object.fromEntries(rows.map((r) => [col(r, 'id'), r]));
			for (const [id, f] of figures) {
				const row = byId[id]!;
				expect(Number(col(row, 'year')), id).toBe(y);
				expect(Number(col(row, 'value')), id).toBe(f.value);
				expect([col(row, 'kind'), col(row, 'qualifier'), col(row, 'currency')], id).toEqual([f.kind, f.qualifier, f.currency ?? '']);
				expect(col(row, 'label'), id).toBe(f.label[l]);
				// As shown on the page; a "+2,4 mil" gets an apostrophe first, so that a spreadsheet does not run it as a formula.
				const shown = f.shown[l]!;
				expect(plain(col(row, 'display')), id).toBe(shown.startsWith('+') ? `'${shown}` : shown);
			}
			// One file per chart holds that chart's rows only (and its total).
			for (const chart of report.charts) {
				const own = parseCsv(readFileSync(`${dist}/${locale}/${y}/data-${chart.id}.csv`, 'utf8').slice(1)).slice(1);
				expect(
					own.map((r) => col(r, 'id')),
					chart.id,
				).toEqual(
					[...chart.figures, ...(chart.total ? [chart.total] : [])].sort(
						(a, b) => rows.findIndex((r) => r[1] === a) - rows.findIndex((r) => r[1] === b),
					),
				);
			}
		});
}

test('a PDF per language, linked from its page', async ({ page }) => {
	const y = latest.year;
	for (const locale of locales) {
		const file = `${dist}/${locale}/${y}/metropolis-${y}-${locale}.pdf`;
		const pdf = readFileSync(file);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(statSync(file).size).toBeGreaterThan(50_000);
		expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length, file).toBeGreaterThanOrEqual(4);
		// Metadata a viewer and a catalogue show: title, Metropolis as author, subject, language; tagged for screen readers.
		const doc = await PDFDocument.load(pdf, { updateMetadata: false });
		const page0 = latest.pages[locale];
		expect(doc.getTitle()).toBe(page0.title);
		expect(doc.getAuthor()).toBe('Metropolis');
		expect(doc.getSubject()).toBe(page0.description);
		expect(doc.getCreator()).not.toMatch(/headless|chrom/i);
		expect(String(doc.catalog.get(PDFName.of('Lang')))).toBe(`(${locale})`);
		expect(doc.catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
		// The site's faces are embedded: Archivo for headings and for the text (not the build machine's fallback).
		const fonts = new Set(
			pdf
				.toString('latin1')
				.match(/\/FontName \/[A-Z]{6}\+[\w-]+/g)
				?.map((f) => f.slice(18)),
		);
		expect([...fonts].filter((f) => f.startsWith('Archivo')).sort(), file).toEqual(['ArchivoSemiBold-Bold', 'ArchivoSemiBold-Regular']);
		await page.goto(yearPath(latest, locale));
		const link = page.locator(`#downloads a[href$="metropolis-${y}-${locale}.pdf"]`);
		await expect(link).toBeVisible();
		const response = await page.request.get((await link.getAttribute('href'))!);
		expect(response.status()).toBe(200);
		await expect(page.locator(`#downloads a[href$="/${locale}/${y}/data.csv"]`)).toBeVisible();
		await expect(page.locator(`#downloads a[href$="/data/${y}.json"]`)).toBeVisible();
	}
});

test.describe('printing', () => {
	for (const locale of locales)
		test(`${locale}: print shows every section and chart, a table only where it says more than its chart, without the navigation`, async ({
			page,
		}) => {
			await page.goto(yearPath(latest, locale));
			await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('figure.chart canvas')).toHaveCount(chartsOf(latest, locale).length);
			// On paper each chart is its vector picture (shapes and text), not the screen's canvas.
			for (const hidden of ['.toolbar', '.skip-link', '#downloads .download-list']) await expect(page.locator(hidden)).toBeHidden();
			// The open data on paper: where it is and how to cite it, its address written out.
			await expect(page.locator('#downloads .citation')).toBeVisible();
			await expect(page.locator('#downloads .citation')).toContainText(`/${locale}/${latest.year}/#downloads`);
			for (const section of await page.locator('main section[data-section]').all()) await expect(section).toBeVisible();
			let tables = 0;
			for (const chart of await page.locator('figure.chart').all()) {
				await expect(chart.locator('canvas')).toBeHidden();
				await expect(chart.locator('.chart-fallback')).toBeVisible();
				expect(await chart.evaluate((e) => getComputedStyle(e).breakInside)).toBe('avoid');
				// The picture labels every value as shown: its table is printed where it holds more (a value in
				// full that the picture shortens), else it would say each figure twice.
				const picture = plain(
					await chart
						.locator('.chart-box, .legend')
						.allInnerTexts()
						.then((t) => t.join(' ')),
				);
				// Each cell as shown (a figure with a fuller reading for screen readers shows its aria-hidden part).
				const cells = await chart
					.locator('table tbody td')
					.evaluateAll((tds) => tds.map((c) => (c.querySelector('[aria-hidden="true"]') ?? c).textContent!));
				const shown = cells.map((c) => plain(c).trim());
				const more = shown.some((c) => !picture.includes(c));
				// A sum and total (a table's closing lines) print in a line under the picture, whatever the table does.
				for (const line of await chart.locator('table tfoot tr').evaluateAll((rows) => rows.map((r) => r.textContent!)))
					expect(plain(await chart.locator('.chart-sum').innerText()).replace(/\s/g, '')).toContain(
						plain(line)
							.replace(/\s/g, '')
							.replace(/^(.+?)(\d)/, '$1:$2'),
					);
				if (more) tables++;
				await expect(chart.locator('table'), (await chart.getAttribute('id')) ?? '').toBeVisible({ visible: more });
			}
			expect(tables, 'a table that says more, printed').toBeLessThan(await page.locator('figure.chart').count());
			for (const stat of await page.locator('.stat').all())
				expect(await stat.evaluate((e) => getComputedStyle(e).breakInside)).toBe('avoid');
			await expect(page.locator('.print-footer')).toBeVisible();
			await expect(page.locator('.print-footer')).toContainText(String(latest.year));
			expect(await page.locator('.site-footer a[href^="https:"]').evaluate((a) => getComputedStyle(a, '::after').content)).toContain(
				'https://www.metropolis.org/',
			);
		});
});

test.describe('permalinks', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	for (const locale of locales)
		test(`${locale}: "copy link" copies the section's address, by mouse and by keyboard, and the switcher keeps it`, async ({
			page,
			baseURL,
		}) => {
			const y = latest.year;
			const section = latest.pages[locale].sections[1] ?? latest.pages[locale].sections[0]!;
			const chart = chartsOf(latest, locale).at(-1)!.anchor;
			await page.goto(yearPath(latest, locale));
			await page.locator(`#${section.id} .section-head .permalink`).click();
			await expect(page).toHaveURL(new RegExp(`/${locale}/${y}/#${section.id}$`));
			// The copy is written once its module has loaded and the clipboard has answered: read until it has.
			const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
			await expect.poll(clipboard).toBe(`${baseURL}/${locale}/${y}/#${section.id}`);
			await expect(page.locator('[role="status"]')).not.toBeEmpty();
			await page.locator(`#${chart} .permalink`).focus();
			await page.keyboard.press('Enter');
			await expect.poll(clipboard).toBe(`${baseURL}/${locale}/${y}/#${chart}`);
			const other = locale === 'es' ? 'en' : 'es';
			await page.locator(`.lang-switcher a[hreflang="${other}"]`).click();
			await expect(page).toHaveURL(new RegExp(`/${other}/${y}/#${chart}$`));
			await expect(page.locator(`#${chart}`)).toBeInViewport();
		});

	test('the status line is on the page before the first copy, and each copy is announced once', async ({ page }) => {
		const html = await (await page.request.get(yearPath(latest, 'es'))).text();
		// A live region a screen reader has not seen before it speaks may go unheard: it is in the HTML, empty.
		expect(html).toMatch(/<p[^>]*role="status"[^>]*><\/p>/);
		await page.goto(yearPath(latest, 'es'));
		await page.evaluate(() => {
			const status = document.querySelector('[role="status"]')!;
			const heard: string[] = [];
			(window as unknown as { heard: string[] }).heard = heard;
			new MutationObserver(() => status.textContent && heard.push(status.textContent)).observe(status, {
				childList: true,
				characterData: true,
				subtree: true,
			});
		});
		const link = page.locator(`#${latest.pages.es.sections[0]!.id} .section-head .permalink`);
		const copied = await page.locator('html').getAttribute('data-copied-text');
		for (const n of [1, 2, 3]) {
			await link.click();
			// The same words again are heard again: the line is emptied, then written.
			await expect.poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual(Array(n).fill(copied));
		}
	});

	test.describe('with JavaScript off', () => {
		test.use({ javaScriptEnabled: false });
		test('a permalink is a plain link to its anchor', async ({ page }) => {
			const id = latest.pages.en.sections.at(-1)!.id;
			await page.goto(yearPath(latest, 'en'));
			await page.locator(`#${id} .section-head .permalink`).click();
			await expect(page).toHaveURL(new RegExp(`/en/${latest.year}/#${id}$`));
			await expect(page.locator(`#${id} h2`)).toBeInViewport();
		});
	});
});
