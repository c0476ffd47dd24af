import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { chartsOf, csvHeader, dist, latest, locales, reports, ui, yearPath } from './site';
import { parseCsv, plain } from './helpers';
import { headersFor, parseHeaders, serveDist, servePartner } from './static-server';

/**
 * A chart taken away: each chart's PNG, SVG, CSV and embed code, the embed page framed by another
 * site (and the report page refusing to be), and open data a stranger can use on its own.
 */
const site = 'https://report.metropolis.org';

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
const svgSize = (svg: string) => {
	const m = /<svg[^>]*\swidth="(\d+)"[^>]*\sheight="(\d+)"/.exec(svg)!;
	return { width: Number(m[1]), height: Number(m[2]) };
};
/** An SVG's text as a reader gets it: XML's character references (`&#38;`, `&amp;`…) read back. */
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
	s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (m, dec, hex, name) =>
		dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (named[name] ?? m),
	);

for (const locale of locales)
	test(`${locale}: every chart offers PNG, SVG, CSV and embed code, and each file holds that chart`, async ({ page }) => {
		const words = ui[locale];
		await page.goto(yearPath(latest, locale));
		const charts = chartsOf(latest, locale);
		expect(charts.length).toBeGreaterThan(0);
		for (const { id, anchor, caption, rows: table } of charts) {
			const declared = latest.charts.find((c) => c.id === id)!;
			const rows = declared.figures.map((figure, i) => ({ id: figure, label: table[i]![0], text: table[i]![1] }));
			const reuse = page.locator(`#${anchor} .chart-reuse`);
			await reuse.locator('summary').click();
			const link = (name: string) => reuse.getByRole('link', { name, exact: true });
			for (const name of [words.png, words.svg, words.csv]) await expect(link(name)).toBeVisible();

			// SVG: the caption, every row's label and value, the source line and the chart's address.
			const svgResponse = await page.request.get((await link(words.svg).getAttribute('href'))!);
			expect(svgResponse.headers()['content-type']).toContain('image/svg+xml');
			const svg = await svgResponse.text();
			const svgText = plain(unescapeXml(svg.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' '));
			for (const word of caption.split(/\s+/)) expect(svgText, `${id} caption`).toContain(word);
			for (const r of rows) {
				expect(svgText, `${id} ${r.label}`).toContain(r.label.split(' ')[0]!);
				expect(svgText, `${id} ${r.id}`).toContain(r.text);
			}
			expect(svgText).toContain(words.source(latest.year));
			expect(svg).toContain(`${site}/${locale}/${latest.year}/#${anchor}`);
			expect(await link(words.svg).getAttribute('download')).toBe(`metropolis-${latest.year}-${locale}-${id}.svg`);

			// PNG: the same drawing at twice the size, for slides.
			const pngResponse = await page.request.get((await link(words.png).getAttribute('href'))!);
			expect(pngResponse.headers()['content-type']).toBe('image/png');
			const png = await pngResponse.body();
			expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
			const size = svgSize(svg);
			expect(pngSize(png)).toEqual({ width: size.width * 2, height: size.height * 2 });

			// CSV: the chart's rows, with the content's values.
			const csvResponse = await page.request.get((await link(words.csv).getAttribute('href'))!);
			expect(csvResponse.headers()['content-type']).toContain('text/csv');
			const [header, ...csv] = parseCsv(await csvResponse.text());
			expect(header).toEqual(csvHeader);
			expect(csv.map((r) => r[1]).sort()).toEqual([...declared.figures, ...(declared.total ? [declared.total] : [])].sort());
			for (const r of csv) expect(Number(r[csvHeader.indexOf('value')]), r[1]).toBe(latest.figures[r[1]!]!.value);

			// Embed codes: an iframe of the chart's embed page (on the site's address) and the sizing script,
			// pinned to this edition, then following the latest edition (this one is the latest).
			const codes = await reuse.locator('textarea').evaluateAll((boxes) => boxes.map((b) => (b as HTMLTextAreaElement).value));
			const frame = (edition: string) =>
				new RegExp(
					`^<iframe src="${site}/embed/${locale}/${edition}/${id}/" title="[^"]+" width="100%" height="\\d+" style="border:0" loading="lazy"></iframe>\\n<script src="${site}/embed.js" async></script>$`,
				);
			expect(codes).toHaveLength(2);
			expect(codes[0]).toMatch(frame(String(latest.year)));
			expect(codes[1]).toMatch(frame('latest'));
			for (const edition of [String(latest.year), 'latest']) {
				const embed = await page.request.get(`/embed/${locale}/${edition}/${id}/`);
				expect(embed.status(), `${edition} ${id}`).toBe(200);
				expect(await embed.text()).toContain(`<link rel="canonical" href="${site}/${locale}/${latest.year}/#${anchor}">`);
			}
			await reuse.locator('summary').click();
		}
	});

test('the embed code copies with one click', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(yearPath(latest, 'es'));
	const { anchor } = chartsOf(latest, 'es')[0]!;
	const reuse = page.locator(`#${anchor} .chart-reuse`);
	await reuse.locator('summary').click();
	// The edition's code, then the latest's: each button copies its own box.
	for (const i of [0, 1]) {
		const button = reuse.locator('button.copy-embed').nth(i);
		await button.click();
		await expect(page.getByRole('status')).toHaveText(ui.es.copiedEmbed);
		// Seen too: the button says it, then goes back to its label.
		await expect(button).toHaveText(`✓ ${ui.es.copiedEmbed}`);
		await expect(button).toHaveText(ui.es.copyEmbed, { timeout: 4000 });
		const code = await reuse.locator('textarea').nth(i).inputValue();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(code);
	}
});

test.describe('in forced colours', () => {
	test.use({ forcedColors: 'active' });
	test('the copy buttons keep an outline, where the background they had is dropped', async ({ page }) => {
		await page.goto(yearPath(latest, 'es'));
		const { anchor } = chartsOf(latest, 'es')[0]!;
		const reuse = page.locator(`#${anchor} .chart-reuse`);
		await reuse.locator('summary').click();
		for (const button of await reuse.locator('button.copy-embed').all()) {
			const { width, color, background } = await button.evaluate((b) => {
				const s = getComputedStyle(b);
				return { width: s.borderTopWidth, color: s.borderTopColor, background: s.backgroundColor };
			});
			expect(width).toBe('2px');
			expect(color).not.toBe(background);
		}
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the embed code is there to select, and no dead copy button shows', async ({ page }) => {
		await page.goto(yearPath(latest, 'en'));
		const { anchor } = chartsOf(latest, 'en')[0]!;
		const reuse = page.locator(`#${anchor} .chart-reuse`);
		await reuse.locator('summary').click();
		for (const box of await reuse.locator('textarea').all()) await expect(box).toBeVisible();
		await expect(reuse.locator('textarea')).toHaveCount(2);
		await expect(reuse.getByRole('button')).toHaveCount(0);
		await expect(reuse.getByRole('link', { name: ui.en.png })).toBeVisible();
	});
});

test.describe('embedding on another site', () => {
	let served: { origin: string; server: Server };
	let host: { origin: string; server: Server };
	let hostOrigin = '';
	let hostPage = '';
	test.beforeAll(async () => {
		served = await serveDist(dist, 'localhost');
		// The host is another origin (127.0.0.1 is not localhost to a browser).
		host = await servePartner(() => hostPage);
		hostOrigin = host.origin;
	});
	test.afterAll(() => {
		served.server.close();
		host.server.close();
	});

	for (const locale of locales)
		test(`${locale}: the embed code shows the chart in a cross-origin iframe, sized to it; the report page refuses to be framed`, async ({
			page,
		}) => {
			await page.goto(yearPath(latest, locale));
			const { anchor, caption } = chartsOf(latest, locale).at(-1)!;
			const code = (await page.locator(`#${anchor} .chart-reuse textarea`).first().inputValue()).replaceAll(site, served.origin);
			hostPage = `<!doctype html><html><body><h1>Partner article</h1>${code}<iframe id="report" src="${served.origin}/${locale}/${latest.year}/" width="600" height="300"></iframe></body></html>`;

			const refusals: string[] = [];
			page.on('console', (m) => m.text().includes('frame-ancestors') && refusals.push(m.text()));
			await page.goto(hostOrigin);
			const embed = page.frameLocator(`iframe[src*="/embed/"]`);
			await expect(embed.locator('figcaption')).toContainText(caption.split(' ')[0]!);
			await expect(embed.locator('.chart-fallback')).toBeVisible();
			await expect(embed.locator('table')).toHaveCount(1);
			await expect(embed.locator(`a[href="${site}/${locale}/${latest.year}/#${anchor}"]`)).toBeVisible();
			// embed.js fits the iframe to the chart: no inner scroll bar, no empty band.
			await expect
				.poll(async () => {
					const frameHeight = await page.locator('iframe[src*="/embed/"]').evaluate((f) => f.getBoundingClientRect().height);
					const contentHeight = await embed.locator('html').evaluate((h) => h.getBoundingClientRect().height);
					return Math.abs(frameHeight - contentHeight);
				})
				.toBeLessThanOrEqual(1);
			// Opening the data table grows the frame with it.
			const before = await page.locator('iframe[src*="/embed/"]').evaluate((f) => f.getBoundingClientRect().height);
			await embed.locator('.chart-data summary').click();
			await expect
				.poll(() => page.locator('iframe[src*="/embed/"]').evaluate((f) => f.getBoundingClientRect().height))
				.toBeGreaterThan(before + 20);

			// The report page in a frame: blocked by its headers (the browser shows its own error page), nothing of it shows.
			await expect.poll(() => refusals.length).toBeGreaterThan(0);
			for (const r of refusals) expect(r).toContain(`Framing '${served.origin}/'`);
			const report = page.frames().filter((f) => f !== page.mainFrame() && !f.url().includes('/embed/'));
			expect(report.map((f) => f.url())).not.toContain(`${served.origin}/${locale}/${latest.year}/`);
			await expect(page.frameLocator('#report').locator('.hero, #main')).toHaveCount(0);
		});
});

test('the headers frame only the embed pages: every other page refuses to be framed', () => {
	const rules = parseHeaders(readFileSync(`${dist}/_headers`, 'utf8'));
	const pages = [
		'/',
		'/index.html',
		'/404.html',
		...reports.flatMap((r) => locales.flatMap((l) => [`/${l}/`, `/${l}/${r.year}/`, `/${l}/${r.year}/index.html`])),
	];
	for (const path of pages) {
		const h = headersFor(rules, path);
		expect(
			h['Content-Security-Policy']?.some((v) => v.includes("frame-ancestors 'none'")),
			path,
		).toBe(true);
		expect(h['X-Frame-Options'], path).toEqual(['DENY']);
	}
	for (const r of reports)
		for (const l of locales)
			for (const c of r.charts) {
				const h = headersFor(rules, `/embed/${l}/${r.year}/${c.id}/`);
				expect(h['Content-Security-Policy']?.join(';')).toContain('frame-ancestors *');
				expect(h['Content-Security-Policy']?.join(';')).not.toContain("frame-ancestors 'none'");
				expect(h['X-Frame-Options']).toBeUndefined();
			}
});

for (const locale of locales)
	test(`${locale}: the Data Package describes every CSV of the year, field for field`, async ({ request }) => {
		for (const report of reports) {
			const base = `/${locale}/${report.year}/`;
			const pkg = await (await request.get(`${base}datapackage.json`)).json();
			expect(pkg.profile).toBe('tabular-data-package');
			expect(pkg.homepage).toBe(`${site}${base}`);
			expect(pkg.licenses).toEqual(
				report.licence ? [{ name: report.licence.name, path: report.licence.url, title: report.licence.name }] : undefined,
			);
			// The CSVs of the page, without their byte-order mark (which Frictionless tools would read as part of the first column's name).
			expect(pkg.resources.map((r: { path: string }) => r.path).sort()).toEqual(
				['datapackage/data.csv', ...report.charts.map((c) => `datapackage/data-${c.id}.csv`)].sort(),
			);
			for (const resource of pkg.resources as { path: string; schema: { fields: { name: string; type: string }[] } }[]) {
				const response = await request.get(`${base}${resource.path}`);
				expect(response.status(), resource.path).toBe(200);
				const body = await response.body();
				expect(body.subarray(0, 4).toString('utf8'), resource.path).toBe('year');
				const forPeople = await (await request.get(`${base}${resource.path.replace('datapackage/', '')}`)).body();
				expect(forPeople.subarray(3).equals(body), `${resource.path}: the same rows as the page's CSV`).toBe(true);
				const [header, ...rows] = parseCsv(body.toString('utf8'));
				expect(
					resource.schema.fields.map((f) => f.name),
					resource.path,
				).toEqual(header);
				// Values fit their declared types.
				for (const [i, field] of resource.schema.fields.entries())
					for (const row of rows) {
						const cell = row[i]!;
						if (field.type === 'integer') expect(cell, `${resource.path} ${field.name}`).toMatch(/^-?\d+$/);
						if (field.type === 'number') expect(Number.isFinite(Number(cell)), `${resource.path} ${field.name} ${cell}`).toBe(true);
						if (field.type === 'boolean') expect(['true', 'false']).toContain(cell);
					}
			}
			expect(pkg.resources[0].title).toBe(ui[locale].allFigures);
		}
	});

test('the JSON names every figure in every language, with the report it comes from', async ({ request }) => {
	for (const report of reports) {
		const json = await (await request.get(`/data/${report.year}.json`)).json();
		expect(json.year).toBe(report.year);
		expect(json.publisher).toBe('Metropolis');
		expect(Object.keys(json.title)).toEqual([...locales]);
		for (const l of locales) expect(json.source[l]).toBe(`${site}/${l}/${report.year}/`);
		expect(json.licenses).toEqual(
			report.licence ? [{ name: report.licence.name, path: report.licence.url, title: report.licence.name }] : undefined,
		);
		for (const f of json.figures) {
			for (const [i, l] of locales.entries()) expect(f.label[l], `${f.id} ${l}`).toBe(report.figures[f.id]!.label[i]);
			// Every figure a page shows has a label in each language (the content checks require it).
			if (f.section) for (const l of locales) expect(f.label[l], `${f.id} ${l}`).not.toBe('');
		}
		// The JSON uses the CSV's names for the same things.
		for (const key of Object.keys(json.figures[0])) if (key !== 'checked') expect(csvHeader).toContain(key);
	}
});

for (const scheme of ['light', 'dark'] as const)
	for (const l of locales)
		test(`${l}: embed pages pass axe (${scheme}), in a narrow and a wide frame`, async ({ page }) => {
			test.setTimeout(90_000);
			await page.emulateMedia({ colorScheme: scheme });
			for (const width of [320, 900]) {
				await page.setViewportSize({ width, height: 700 });
				for (const c of latest.charts) {
					await page.goto(`/embed/${l}/${latest.year}/${c.id}/`);
					const result = await new AxeBuilder({ page })
						.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
						.analyze();
					expect(
						result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
						`${l} ${c.id} ${width}`,
					).toEqual([]);
					// Nothing sideways: the chart fits its frame.
					expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
				}
			}
		});

test('an embed lays out for its frame: values by their labels in a wide frame, the legend beside a donut, under it when narrow', async ({
	page,
}) => {
	for (const chart of chartsOf(latest, 'en')) {
		const path = `/embed/en/${latest.year}/${chart.id}/`;
		for (const width of [360, 1000]) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(path);
			const rows = await page.locator('.legend li, .bars li').evaluateAll((items) =>
				items.map((li) => {
					const label = li.querySelector('.legend-label, .bar-label')!.getBoundingClientRect();
					const value = li.querySelector('.legend-value, .bar-value')!.getBoundingClientRect();
					return { span: value.right - label.left };
				}),
			);
			expect(rows.length, `${chart.id} at ${width}`).toBeGreaterThan(0);
			// A value at most a capped measure from its label (30 rem for a legend, 48 rem for bars).
			const cap = (await page.locator('.legend').count()) ? 30 * 16 : 48 * 16;
			for (const r of rows) expect(r.span, `${chart.id} at ${width} px`).toBeLessThanOrEqual(cap + 1);
			if (await page.locator('.chart--doughnut, .chart--stacked').count()) {
				const box = (await page.locator('.chart-box').boundingBox())!;
				const legend = (await page.locator('.legend').boundingBox())!;
				if (width === 1000) expect(legend.x, `${chart.id}: legend beside`).toBeGreaterThanOrEqual(box.x + box.width - 1);
				else expect(legend.y, `${chart.id}: legend under`).toBeGreaterThanOrEqual(box.y + box.height - 1);
			}
		}
	}
});
