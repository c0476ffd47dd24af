import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { contrast, hexOf, layoutShift, plain, watch } from './helpers';
import { chartsOf, chartTable, latest, locales, reports, yearPath } from './site';

/** A page to look at charts on: the latest report's, in Spanish (any year of any shape has its charts tested below). */
const anyChart = (report = latest, locale: (typeof locales)[number] = 'es') => chartsOf(report, locale);

/** How many pixels of a chart's canvas are painted (not transparent). */
const paintedPixels = (page: Page, id: string) =>
	page.locator(`#${id} canvas`).evaluate((canvas: HTMLCanvasElement) => {
		const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
		let n = 0;
		for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
		return n;
	});

const tableRows = (page: Page, id: string) =>
	page
		.locator(`#${id} table tbody tr, #${id} table tfoot tr`)
		.evaluateAll((rows) =>
			rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.querySelector('[aria-hidden="true"]') ?? c).textContent!.trim())),
		);

for (const report of reports)
	for (const locale of locales) {
		test(`${locale} ${report.year}: every chart paints after scrolling, with caption, summary and its data table`, async ({
			page,
			baseURL,
		}) => {
			const watcher = watch(page, new URL(baseURL!).origin);
			await page.goto(yearPath(report, locale));
			const charts = chartsOf(report, locale);
			await expect(page.locator('figure.chart')).toHaveCount(charts.length);
			for (const { id: chart, anchor: id, section } of charts) {
				const figure = page.locator(`figure#${id}`);
				// Placed in its section, as the MDX says.
				await expect(page.locator(`#${section} figure#${id}`)).toHaveCount(1);
				await figure.scrollIntoViewIfNeeded();
				await expect(figure.locator('canvas')).toHaveCount(1);
				await expect.poll(() => paintedPixels(page, id), { message: `${id} is painted` }).toBeGreaterThan(2000);
				await expect(figure.locator('.chart-fallback')).toBeHidden();
				await expect(figure.locator('figcaption')).not.toBeEmpty();
				await expect(figure.locator(`#${id}-description`)).toContainText(/\d/);
				// The canvas is a picture for the eye; the table carries the data for everyone.
				await expect(figure.locator('canvas')).toHaveAttribute('aria-hidden', 'true');
				await figure.locator('.chart-data summary').click();
				await expect(figure.locator('table')).toBeVisible();
				// The table holds the content's figures with their labels in this language.
				expect(
					(await tableRows(page, id)).map((r) => r.map(plain)),
					id,
				).toEqual(chartTable(report, locale, chart).map((r) => r.map(plain)));
			}
			watcher.expectClean();
		});
	}

test('drawing a chart does not move the page (its box is reserved)', async ({ page }) => {
	await page.goto(yearPath(latest, 'fr'));
	const box = page.locator(`#${anyChart(latest, 'fr').at(-1)!.anchor} .chart-box`);
	const before = await box.boundingBox();
	const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
	await box.scrollIntoViewIfNeeded();
	await expect(box.locator('canvas')).toHaveCount(1);
	await page.waitForTimeout(300);
	expect((await box.boundingBox())!.height).toBe(before!.height);
	expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(pageHeight);
	const shift = await layoutShift(page);
	expect(shift).toBe(0);
});

test('with reduced motion, charts are drawn without animation', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const [first, last] = [anyChart(latest, 'en')[0]!, anyChart(latest, 'en').at(-1)!];
	await page.goto(`${yearPath(latest, 'en')}#${first.anchor}`);
	await expect(page.locator(`#${first.anchor} .chart-box`)).toHaveAttribute('data-drawn', 'still');
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto(`${yearPath(latest, 'en')}#${last.anchor}`);
	await expect(page.locator(`#${last.anchor} .chart-box`)).toHaveAttribute('data-drawn', 'animated');
});

/**
 * The colours a chart paints, as the reader sees them over the page's `background` ([r, g, b]):
 * every nearly opaque colour covering at least 0.5 % of what is painted (bars, segments, text), as
 * #rrggbb with its pixel count. Faint pixels are the blended edges of shapes, not marks of their own.
 */
const paintedColours = (page: Page, id: string, background: number[]) =>
	page.locator(`#${id} canvas`).evaluate((canvas: HTMLCanvasElement, bg) => {
		const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
		const count = new Map<string, number>();
		let painted = 0;
		for (let i = 0; i < data.length; i += 4) {
			const a = data[i + 3]! / 255;
			if (!a) continue;
			painted++;
			if (a < 0.75) continue;
			const rgb = [0, 1, 2].map((k) => Math.round(data[i + k]! * a + bg[k]! * (1 - a)));
			const hex = `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
			count.set(hex, (count.get(hex) ?? 0) + 1);
		}
		return [...count].filter(([, n]) => n >= Math.max(100, painted * 0.005)).map(([colour, n]) => ({ colour, n }));
	}, background);

/** #rrggbb as [r, g, b]. */
const channels = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

/** Whether colour `c` is `mark` partly over `background` (each channel at the same mix, within rounding). */
function blendOf(c: string, mark: string, background: string): boolean {
	const [x, m, b] = [channels(c), channels(mark), channels(background)];
	const mixes = [0, 1, 2].filter((k) => Math.abs(m[k]! - b[k]!) > 24).map((k) => (x[k]! - b[k]!) / (m[k]! - b[k]!));
	if (!mixes.length) return false;
	const t = mixes.reduce((a, v) => a + v, 0) / mixes.length;
	return t > 0.05 && t < 0.95 && [0, 1, 2].every((k) => Math.abs(b[k]! + t * (m[k]! - b[k]!) - x[k]!) <= 8);
}

// In the light and dark palettes and in Windows high contrast (forced colours: system colours, whatever the
// reader chose), each mark and label must stand out from the page by 3:1 (WCAG 1.4.11), measured on the pixels.
for (const forced of [false, true])
	for (const scheme of ['light', 'dark'] as const)
		test(`${forced ? 'forced colours, ' : ''}${scheme}: every colour a chart paints reaches 3:1 against the page`, async ({ page }) => {
			// Drawn still (reduced motion), so the pixels are the final ones.
			await page.emulateMedia({ forcedColors: forced ? 'active' : 'none', colorScheme: scheme, reducedMotion: 'reduce' });
			await page.goto(yearPath(latest, 'es'));
			const background = hexOf(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
			const rgb = channels(background);
			// The grid's colour where it is a designed one (#rrggbb); under forced colours it is a system colour, held to 3:1 too.
			const rule = await page.evaluate(() =>
				getComputedStyle(document.documentElement).getPropertyValue('--chart-grid').trim().toLowerCase(),
			);
			const grid = rule.startsWith('#') ? rule : undefined;
			for (const { anchor: id } of anyChart()) {
				await page.locator(`figure#${id}`).scrollIntoViewIfNeeded();
				await expect.poll(() => paintedPixels(page, id), { message: `${id} is painted` }).toBeGreaterThan(2000);
				// Not marks: the page's own colour (the gap drawn between segments), the faint grid lines (--chart-grid;
				// every bar carries its value, so the grid only helps the eye), and the half-pixel seams between
				// a mark and the page (a blend of the two, and a thin line: a few pixels beside the mark's).
				const colours = (await paintedColours(page, id, rgb)).filter(({ colour }) => colour !== background && colour !== grid);
				const marks = colours.filter((c) => !colours.some((m) => m !== c && c.n * 4 < m.n && blendOf(c.colour, m.colour, background)));
				expect(marks.length, id).toBeGreaterThan(1);
				for (const { colour } of marks) expect(contrast(colour, background), `${id}: ${colour} on ${background}`).toBeGreaterThanOrEqual(3);
			}
		});

/**
 * The share of the page's colour inside each category of a donut or a 100 % bar on its canvas (inside its
 * arc or segment, clear of the separators), in category order; by the chart's own data.
 */
const pageShareByCategory = (page: Page, id: string, background: string) =>
	page.locator(`#${id} .chart-box`).evaluate((box: HTMLElement, paper) => {
		const data = JSON.parse(box.dataset.chart!) as { type: string; values: number[]; shares: number[] };
		const canvas = box.querySelector('canvas')!;
		const { width, height } = canvas;
		const px = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
		const hex = (i: number) => `#${[px[i], px[i + 1], px[i + 2]].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
		const opaque = (x: number, y: number) => px[(y * width + x) * 4 + 3]! > 250;
		// The painted box, and the rows of a 100 % bar (the rows painted over most of their width).
		let [x0, y0, x1, y1] = [width, height, 0, 0];
		const rowCount: number[] = [];
		for (let y = 0; y < height; y++) {
			rowCount[y] = 0;
			for (let x = 0; x < width; x++)
				if (opaque(x, y)) {
					rowCount[y]!++;
					[x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
				}
		}
		const regions: [number, number][][] = [];
		if (data.type === 'doughnut') {
			const [cx, cy, r] = [(x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2];
			const total = data.values.reduce((a, b) => a + b, 0);
			let start = -Math.PI / 2;
			for (const v of data.values) {
				const span = (v / total) * 2 * Math.PI;
				const points: [number, number][] = [];
				for (let a = start + span * 0.15; a <= start + span * 0.85; a += 0.5 / r)
					for (let d = 0.66 * r; d <= 0.92 * r; d += 1) points.push([Math.round(cx + d * Math.cos(a)), Math.round(cy + d * Math.sin(a))]);
				regions.push(points);
				start += span;
			}
		} else {
			const widest = Math.max(...rowCount);
			const rows = rowCount.flatMap((n, y) => (n >= widest * 0.9 ? [y] : []));
			const [top, bottom] = [rows[0]!, rows.at(-1)!];
			const left = [...Array(width).keys()].find((x) => opaque(x, Math.round((top + bottom) / 2)))!;
			const right = width - 1 - [...Array(width).keys()].find((x) => opaque(width - 1 - x, Math.round((top + bottom) / 2)))!;
			let at = left;
			for (const share of data.shares) {
				const w = ((right - left) * share) / 100;
				const points: [number, number][] = [];
				for (let x = Math.round(at + w * 0.15); x <= at + w * 0.85; x++)
					for (let y = Math.round(top + (bottom - top) * 0.2); y <= top + (bottom - top) * 0.8; y++) points.push([x, y]);
				regions.push(points);
				at += w;
			}
		}
		return regions.map((points) => points.filter(([x, y]) => hex((y * width + x) * 4) === paper).length / Math.max(points.length, 1));
	}, background);

// In forced colours the few system colours may look alike (or repeat after four): each category of a donut or
// a 100 % bar has its texture too, on the canvas as on its legend's swatch (src/charts/patterns.ts).
for (const scheme of ['light', 'dark'] as const)
	test(`forced colours, ${scheme}: each category of a donut or a 100 % bar has its own texture, on the canvas and in its legend`, async ({
		page,
	}) => {
		await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme, reducedMotion: 'reduce' });
		await page.goto(yearPath(latest, 'es'));
		const background = hexOf(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
		let parts = 0;
		for (const { anchor: id } of anyChart()) {
			const figure = page.locator(`figure#${id}`);
			if (!(await figure.locator('.legend:not(.legend--years) .swatch').count())) continue;
			parts++;
			await figure.scrollIntoViewIfNeeded();
			await expect.poll(() => paintedPixels(page, id), { message: `${id} is painted` }).toBeGreaterThan(2000);
			const shares = await pageShareByCategory(page, id, background);
			const fills = await figure.locator('.legend .swatch rect').evaluateAll((rects) => rects.map((r) => getComputedStyle(r).fill));
			shares.forEach((share, n) => {
				// The first series solid; the others show the page's colour between their marks, in the swatch too.
				if (n === 0) expect(share, `${id}, category 1 is solid`).toBeLessThan(0.05);
				else expect(share, `${id}, category ${n + 1} is textured`).toBeGreaterThan(0.15);
				if (n > 0) expect(fills[n], `${id}, swatch ${n + 1}`).toBe(`url("#series-pattern-${n}")`);
			});
			expect(new Set(fills).size, `${id}: every swatch its own`).toBe(fills.length);
		}
		expect(parts, 'a donut or a 100 % bar on the page').toBeGreaterThan(0);
	});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	test('every chart still shows its data: a static picture, a legend or labels with values, and the table', async ({ page }) => {
		await page.goto(yearPath(latest, 'es'));
		for (const { id: chart, anchor: id } of anyChart()) {
			const figure = page.locator(`figure#${id}`);
			await expect(figure.locator('.chart-fallback')).toBeVisible();
			expect((await figure.locator('.chart-box').boundingBox())!.height).toBeGreaterThan(40);
			// Every row labelled with its value, on the bars or in the legend.
			const rows = latest.pages.es.charts.find((c) => c.id === chart)!.rows;
			const labels = plain(await figure.locator('.bars, .legend').innerText());
			for (const [label, value] of rows) {
				expect(labels).toContain(plain(label!));
				expect(labels).toContain(plain(value!));
			}
			await figure.locator('.chart-data summary').click();
			await expect(figure.locator('table tbody tr')).toHaveCount(rows.length);
		}
	});
});

test.describe('JavaScript budget', () => {
	// A short phone screen at the top of the page: no chart is near the viewport yet.
	test.use({ viewport: { width: 390, height: 420 } });

	test('the report loads ≤ 3 KB of JavaScript before a chart nears the viewport, and ≤ 70 KB in all (gzip)', async ({ page }) => {
		const scripts = new Map<string, number>();
		page.on('response', async (r) => {
			if (r.request().resourceType() === 'script') scripts.set(r.url(), gzipSync(await r.body(), { level: 9 }).length);
		});
		await page.goto(yearPath(latest, 'es'));
		await page.waitForLoadState('networkidle');
		const inline = await page.locator('script:not([src])').evaluateAll((s) => s.map((e) => e.textContent ?? '').join('\n'));
		const inlineBytes = gzipSync(inline, { level: 9 }).length;
		const before = [...scripts.values()].reduce((a, b) => a + b, 0) + inlineBytes;
		expect(before, `JS before charts: ${[...scripts.keys()].join(', ')}`).toBeLessThanOrEqual(3 * 1024);
		expect(await page.locator('canvas').count()).toBe(0);

		const last = anyChart().at(-1)!.anchor;
		await page.locator(`#${last}`).scrollIntoViewIfNeeded();
		await expect(page.locator(`#${last} canvas`)).toHaveCount(1);
		for (const { anchor } of anyChart()) await page.locator(`#${anchor}`).scrollIntoViewIfNeeded();
		await page.waitForLoadState('networkidle');
		const total = [...scripts.values()].reduce((a, b) => a + b, 0) + inlineBytes;
		console.log(`JavaScript (gzip): ${before} bytes before charts, ${total} bytes in all`);
		expect(total).toBeLessThanOrEqual(70 * 1024);
		// No inline event handlers (onclick=…): scripts are files or hashed modules only.
		const handlers = await page.evaluate(() =>
			[...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
		);
		expect(handlers).toEqual([]);
	});
});
