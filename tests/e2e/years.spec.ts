import type { Server } from 'node:http';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readReports } from '../../src/content/read';
import { formatYearOverYear } from '../../src/format/comparison';
import { createTranslator } from '../../src/i18n/translate';
import { plain, spills } from './helpers';
import { locales } from './site';
import { builtFixture } from './fixture-build';
import { servePartner } from './static-server';

/**
 * The report across years (issue 25), read in Chromium on the fixture years of tests/fixtures/new-years/
 * (2020, 2021, 2022 — a chart across years, a figure new, one not comparable, a comparison in a sentence —
 * 2023 of another shape, and a draft 2024), built as staff publish them. What each page must say comes
 * from that content, through the checks that read it (the words of each comparison in each language);
 * a few literals pin the wording itself.
 */
const { reports } = readReports(join(process.cwd(), 'tests/fixtures/new-years'));
const published = reports.filter((r) => !r.draft);
const y2022 = published.find((r) => r.year === 2022)!;
const t = Object.fromEntries(locales.map((l) => [l, createTranslator(l)])) as Record<
	(typeof locales)[number],
	ReturnType<typeof createTranslator>
>;

const served = builtFixture('new-years');

/** The words a page must say of each figure it compares, as its content asks (figures.yaml `compare:`). */
const comparisons = (year: number, locale: (typeof locales)[number]) => {
	const report = published.find((r) => r.year === year)!;
	return Object.entries(report.yearOverYear).map(([id, said]) => ({
		id,
		words: plain(formatYearOverYear(said, report.figures[id]!, locale, t[locale])),
		inSentence: report.pages[locale].changes.some((c) => c.id === id),
	}));
};

for (const locale of locales)
	test(`${locale}: each comparison is shown where the content places it, visible and heard with its figure`, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		for (const year of published.map((r) => r.year)) {
			await page.goto(`${served.origin}/${locale}/${year}/`);
			const expected = comparisons(year, locale);
			if (year === 2020) expect(expected, 'the first year compares with nothing').toEqual([]);
			for (const { id, words, inSentence } of expected) {
				const stat = page.locator(`li.stat[data-figure="${id}"]`);
				if (await stat.count()) {
					// One list item: the figure, its label and how it changed, read together.
					await expect(stat.locator('.stat-compare')).toHaveText(words, { useInnerText: true });
					await expect(stat.locator('.stat-compare')).toBeVisible();
					expect(plain((await stat.ariaSnapshot()).replace(/\s+/g, ' '))).toContain(words);
				}
				if (inSentence) {
					const change = page.locator('.change', { hasText: words.split(' ')[0]! }).filter({ hasText: String(year - 1) });
					await expect(change.first()).toBeVisible();
					expect(plain(await change.first().innerText())).toBe(words);
				}
			}
			expect(await spills(page)).toEqual([]);
		}
		// The wording itself, in each language: a change, a break, a new figure, inside a sentence.
		await page.goto(`${served.origin}/${locale}/2022/`);
		const literal = {
			es: [
				'un 25 % más que en 2021',
				'no se puede comparar con 2021: la cifra se cuenta de otra manera',
				'no figuraba en el informe 2021',
				'un 11 % más que en 2021',
			],
			en: ['up 25% on 2021', 'not comparable with 2021: the figure is counted another way', 'not in the 2021 report', 'up 11% on 2021'],
			fr: [
				'en hausse de 25 % par rapport à 2021',
				'non comparable à 2021 : le chiffre est compté autrement',
				'absent du rapport 2021',
				'en hausse de 11 % par rapport à 2021',
			],
		}[locale];
		const shown = (await page.locator('.stat-compare, .change').allInnerTexts()).map(plain);
		for (const words of literal) expect(shown).toContain(words);
	});

/** The chart across years of 2022 in Chromium: its drawn layout (from the renderer's own geometry) and the words a reader gets. */
async function acrossChart(page: Page) {
	const chart = page.locator('#alliances-chart');
	await chart.scrollIntoViewIfNeeded();
	await expect(chart.locator('.chart-box')).toHaveAttribute('data-fits', 'yes');
	return chart;
}

for (const locale of locales)
	test(`${locale}: the chart across years draws both years, says what is missing, and its table holds both`, async ({ browser }) => {
		test.setTimeout(120_000);
		const across = y2022.acrossYears.alliances!;
		const labels = across.rows.map((r) => r.labels?.[locale] ?? y2022.pages[locale].labels[r.id]!.text);
		for (const scheme of ['light', 'dark'] as const) {
			const context = await browser.newContext({ colorScheme: scheme, reducedMotion: 'reduce' });
			const page = await context.newPage();
			for (const width of [320, 390, 768, 1280, 1920]) {
				await page.setViewportSize({ width, height: 900 });
				await page.goto(`${served.origin}/${locale}/2022/`);
				const chart = await acrossChart(page);
				expect(await spills(page), `${width} px ${scheme}`).toEqual([]);
				if (width !== 390 || scheme !== 'light') continue;
				// Named by its caption, described once: each category with both years, the missing ones in words.
				const description = plain(await page.locator('#alliances-chart-description').innerText());
				for (const label of labels) expect(description.split(`${label}${locale === 'fr' ? ' :' : ':'}`).length - 1, label).toBe(1);
				expect(description).toContain(t[locale]('chart.noFigure', { year: 2021 }));
				expect(description).toContain(t[locale]('chart.notComparable', { year: 2021 }));
				expect(description).toContain(t[locale]('chart.noFigure', { year: 2022 }));
				// The key of the two years, seen.
				await expect(chart.locator('.legend--years li')).toHaveText(['2021', '2022']);
				// The table on demand: a column per year, a row per category of either year.
				await chart.locator('.chart-data summary').click();
				await expect(chart.locator('.chart-data thead th')).toHaveText([t[locale]('table.category'), '2021', '2022']);
				await expect(chart.locator('.chart-data tbody th')).toHaveText(labels);
				const sponsor = chart.locator('.chart-data tbody tr').filter({ has: page.locator('th', { hasText: labels.at(-1)! }) });
				await expect(sponsor.locator('td').nth(1)).toHaveText(t[locale]('chart.noFigure', { year: 2022 }));
			}
			await context.close();
		}
	});

test('without JavaScript and in print, the chart across years is the drawn list: every category, both years', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(`${served.origin}/es/2022/`);
	const rows = page.locator('#alliances-chart .bars--across > li');
	await expect(rows).toHaveCount(y2022.acrossYears.alliances!.rows.length);
	await expect(rows.first().locator('.bar-value')).toHaveText(['8 en 2021', '10 en 2022']);
	await expect(rows.last().locator('.bar-value')).toHaveText(['2 en 2021', 'sin dato en 2022']);
	expect(await spills(page)).toEqual([]);
	// On paper (an A4 page's width at 96 dpi), the same drawn list: the canvas does not print.
	await page.setViewportSize({ width: 794, height: 1123 });
	await page.emulateMedia({ media: 'print' });
	await expect(rows.first()).toBeVisible();
	expect(await spills(page)).toEqual([]);
	await context.close();
});

test('the year switcher keeps the section in another year, and opens the top where that year has no such section', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(`${served.origin}/es/2022/#alliances`);
	await page.locator('.year-switcher a', { hasText: '2020' }).click();
	await expect(page).toHaveURL(`${served.origin}/es/2020/#alliances`);
	await expect(page.locator('#alliances')).toBeInViewport();
	// 2023 has no gender-parity section: its page opens at the top.
	await page.goto(`${served.origin}/es/2022/#parity`);
	await page.locator('.year-switcher a', { hasText: '2023' }).click();
	await expect(page).toHaveURL(new RegExp(`^${served.origin}/es/2023/(#parity)?$`));
	await expect(page.locator('#parity')).toHaveCount(0);
	expect(await page.evaluate(() => scrollY)).toBe(0);
	// The draft is no edition.
	await expect(page.locator('.year-switcher a')).toHaveText(['2023', '2022', '2021', '2020']);
	expect((await page.request.get(`${served.origin}/es/2024/`)).status()).toBe(404);
});

test.describe('embeds on another site', () => {
	let partner: { origin: string; server: Server };
	let partnerPage = '';
	test.beforeAll(async () => {
		partner = await servePartner(() => partnerPage);
	});
	test.afterAll(() => partner.server.close());

	for (const locale of locales)
		test(`${locale}: a chart pinned to 2022 shows 2022 across years; the latest follows 2023`, async ({ page }) => {
			await page.goto(`${served.origin}/${locale}/2022/`);
			const codes = await page
				.locator('#alliances-chart .chart-reuse textarea')
				.evaluateAll((boxes) => boxes.map((b) => (b as HTMLTextAreaElement).value));
			expect(codes).toHaveLength(2);
			const site = new URL(codes[0]!.match(/src="([^"]+)"/)![1]!).origin;
			partnerPage = `<!doctype html><title>Partner</title>${codes.map((c) => c.replaceAll(site, served.origin)).join('')}`;
			await page.goto(partner.origin);
			const pinned = page.frameLocator(`iframe[src*="/embed/${locale}/2022/alliances/"]`);
			const latest = page.frameLocator(`iframe[src*="/embed/${locale}/latest/alliances/"]`);
			// The embed is the drawn picture (no Chart.js there): every category, both years.
			await expect(pinned.locator('.legend--years li')).toHaveText(['2021', '2022']);
			await expect(pinned.locator('.bars--across > li')).toHaveCount(y2022.acrossYears.alliances!.rows.length);
			await expect(pinned.locator(`a[href*="/${locale}/2022/"]`).first()).toBeVisible();
			// 2023 declares no chart across years: one year, its own.
			await expect(latest.locator('.bars > li').first()).toBeVisible();
			await expect(latest.locator('.legend--years')).toHaveCount(0);
			await expect(latest.locator(`a[href*="/${locale}/2023/"]`).first()).toBeVisible();
		});
});

test('the history page and the edition home list every published year', async ({ page }) => {
	await page.goto(`${served.origin}/fr/history/`);
	await expect(page.locator('thead th a')).toHaveText(['2020', '2021', '2022', '2023']);
	const professionals = page.locator('tr[id="staff.professionals"] td');
	await expect(professionals.nth(0)).toHaveText('15');
	await page.goto(`${served.origin}/fr/`);
	await expect(page.locator('.editions-year a')).toHaveText([/ 2023$/, / 2022$/, / 2021$/, / 2020$/]);
	expect(await spills(page)).toEqual([]);
});
