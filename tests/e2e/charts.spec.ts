import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { locales, plain, watch } from './helpers';

const chartIds = ['team-chart', 'funding-chart', 'alliances-chart', 'parity-chart-1', 'parity-chart-2'];

/** How many pixels of a chart's canvas are painted (not transparent). */
const paintedPixels = (page: Page, id: string) =>
	page.locator(`#${id} canvas`).evaluate((canvas: HTMLCanvasElement) => {
		const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
		let n = 0;
		for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
		return n;
	});

/** Content figures as the tables must show them. */
const tables = {
	en: {
		'funding-chart': [['Membership partnerships', '≈59%', '3'], ['Alliances with other entities', '≈6%', '5'], ['Membership fees', '≈33%', '—'], ['Other', '≈2%', '—']],
		'alliances-chart': [['Collaborating', '5'], ['Benefactor members', '3'], ['Knowledge', '8'], ['Strategic', '5'], ['Sponsor', '2'], ['Sum of the types', '23'], ['Active alliances', '30']],
		'parity-chart-2': [['Women', '52%'], ['Men', '48%']],
	},
	es: {
		'funding-chart': [['Partenariados con la membresía', '≈59 %', '3'], ['Alianzas con otras entidades', '≈6 %', '5'], ['Cuotas de la membresía', '≈33 %', '—'], ['Otras', '≈2 %', '—']],
		'team-chart': [['Profesionales', '17'], ['Estudiantes en prácticas', '7']],
	},
	fr: {
		'parity-chart-1': [['Femmes', '50 %'], ['Hommes', '50 %']],
		'alliances-chart': [['Collaboration', '5'], ['Membres bienfaiteurs', '3'], ['Connaissance', '8'], ['Stratégiques', '5'], ['Parrainage', '2'], ['Somme des types', '23'], ['Alliances actives', '30']],
	},
} as const;

const tableRows = (page: Page, id: string) =>
	page.locator(`#${id} table tbody tr, #${id} table tfoot tr`).evaluateAll((rows) =>
		rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.querySelector('[aria-hidden="true"]') ?? c).textContent!.trim())),
	);

for (const locale of locales) {
	test(`${locale}: every chart paints after scrolling, with caption, summary and its data table`, async ({ page, baseURL }) => {
		const watcher = watch(page, new URL(baseURL!).origin);
		await page.goto(`/${locale}/2021/`);
		for (const id of chartIds) {
			const figure = page.locator(`figure#${id}`);
			await figure.scrollIntoViewIfNeeded();
			await expect(figure.locator('canvas')).toHaveCount(1);
			await expect.poll(() => paintedPixels(page, id), { message: `${id} is painted` }).toBeGreaterThan(2000);
			await expect(figure.locator('.chart-fallback')).toBeHidden();
			await expect(figure.locator('figcaption')).not.toBeEmpty();
			await expect(figure.locator('figcaption .sr-only')).toContainText(/\d/);
			// The canvas is a picture for the eye; the table carries the data for everyone.
			await expect(figure.locator('canvas')).toHaveAttribute('aria-hidden', 'true');
			await figure.locator('summary').click();
			await expect(figure.locator('table')).toBeVisible();
		}
		for (const [id, rows] of Object.entries(tables[locale as keyof typeof tables] ?? {}))
			expect((await tableRows(page, id)).map((r) => r.map(plain)), id).toEqual(rows);
		watcher.expectClean();
	});
}

test('drawing a chart does not move the page (its box is reserved)', async ({ page }) => {
	await page.goto('/fr/2021/');
	const box = page.locator('#alliances-chart .chart-box');
	const before = await box.boundingBox();
	const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
	await box.scrollIntoViewIfNeeded();
	await expect(box.locator('canvas')).toHaveCount(1);
	await page.waitForTimeout(300);
	expect((await box.boundingBox())!.height).toBe(before!.height);
	expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(pageHeight);
	const shift = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				let sum = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) sum += e.value;
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => resolve(sum), 500);
			}),
	);
	expect(shift).toBe(0);
});

test('with reduced motion, charts are drawn without animation', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/en/2021/#funding');
	await expect(page.locator('#funding-chart .chart-box')).toHaveAttribute('data-drawn', 'still');
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto('/en/2021/#parity');
	await expect(page.locator('#parity-chart-1 .chart-box')).toHaveAttribute('data-drawn', 'animated');
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	test('every chart still shows its data: a static picture, a legend or labels with values, and the table', async ({ page }) => {
		await page.goto('/es/2021/');
		for (const id of chartIds) {
			const figure = page.locator(`figure#${id}`);
			await expect(figure.locator('.chart-fallback')).toBeVisible();
			expect((await figure.locator('.chart-box').boundingBox())!.height).toBeGreaterThan(80);
			await figure.locator('summary').click();
			await expect(figure.locator('table tbody tr').first()).toBeVisible();
		}
		await expect(page.locator('#alliances-chart .bars li')).toHaveCount(5);
		await expect(page.locator('#alliances-chart .bars')).toContainText('Conocimiento');
		await expect(page.locator('#funding-chart .legend')).toContainText('≈59');
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
		await page.goto('/es/2021/');
		await page.waitForLoadState('networkidle');
		const inline = await page.locator('script:not([src])').evaluateAll((s) => s.map((e) => e.textContent ?? '').join('\n'));
		const inlineBytes = gzipSync(inline, { level: 9 }).length;
		const before = [...scripts.values()].reduce((a, b) => a + b, 0) + inlineBytes;
		expect(before, `JS before charts: ${[...scripts.keys()].join(', ')}`).toBeLessThanOrEqual(3 * 1024);
		expect(await page.locator('canvas').count()).toBe(0);

		await page.locator('#parity-chart-2').scrollIntoViewIfNeeded();
		await expect(page.locator('#parity-chart-2 canvas')).toHaveCount(1);
		for (const id of chartIds) await page.locator(`#${id}`).scrollIntoViewIfNeeded();
		await page.waitForLoadState('networkidle');
		const total = [...scripts.values()].reduce((a, b) => a + b, 0) + inlineBytes;
		console.log(`JavaScript (gzip): ${before} bytes before charts, ${total} bytes in all`);
		expect(total).toBeLessThanOrEqual(70 * 1024);
		// No inline event handlers (onclick=…): scripts are files or hashed modules only.
		const handlers = await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)));
		expect(handlers).toEqual([]);
	});
});
