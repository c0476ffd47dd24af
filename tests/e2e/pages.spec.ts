import { expect, test } from '@playwright/test';
import { plain, watch } from './helpers';
import { citedFigures, headlineFigures, locales, reportPages, reports, sectionsOf, yearPath } from './site';

for (const { path, report, locale } of reportPages) {
	const page0 = report.pages[locale];
	test(`${path} is complete, in its language, with clean loading`, async ({ page, baseURL }) => {
		const watcher = watch(page, new URL(baseURL!).origin);
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page).toHaveTitle(page0.title);
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', page0.description);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${locale}/${report.year}/$`));
		for (const hreflang of [...locales, 'x-default'])
			await expect(page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`)).toHaveCount(1);
		await expect(page.locator('h1')).toHaveCount(1);
		// Every section of the MDX, in its order, with the same anchors in every language, each in the nav.
		const ids = await page.locator('main section[data-section]').evaluateAll((s) => s.map((e) => e.id));
		expect(ids).toEqual(sectionsOf(report, locale).map((s) => s.id));
		expect(ids).toEqual(sectionsOf(report, 'es').map((s) => s.id));
		const nav = await page.locator('.section-nav a').evaluateAll((a) => a.map((e) => [e.getAttribute('href'), e.textContent?.trim()]));
		expect(nav).toEqual(sectionsOf(report, locale).map((s) => [`#${s.id}`, s.nav]));
		const switcher = page.locator('.lang-switcher a');
		await expect(switcher).toHaveCount(3);
		await expect(page.locator(`.lang-switcher a[aria-current="page"]`)).toHaveAttribute('hreflang', locale);
		for (const l of locales) await expect(page.locator(`.lang-switcher a[hreflang="${l}"]`)).toHaveAttribute('lang', l);
		await page.waitForLoadState('networkidle');
		watcher.expectClean();
	});
}

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	for (const report of reports)
		for (const locale of locales) {
			test(`the ${locale} ${report.year} report shows every figure it cites, and its full reading`, async ({ page }) => {
				await page.goto(yearPath(report, locale));
				const text = plain(await page.locator('main').innerText());
				const all = plain((await page.locator('main').textContent()) ?? '');
				for (const f of [...headlineFigures(report, locale), ...citedFigures(report, locale)]) {
					expect(text, `${f.id} shows as ${f.text}`).toContain(plain(f.text));
					expect(all, `${f.id} reads as ${f.spoken}`).toContain(plain(f.spoken));
				}
				// Every section is visible, every sentence and editor's note readable.
				for (const section of await page.locator('main section').all()) await expect(section).toBeVisible();
				for (const note of await page.locator('main .editor-note').all()) await expect(note).toBeVisible();
			});
		}

	test('the root page offers the three languages as plain links', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveURL(/\/$/);
		for (const l of locales) {
			const link = page.locator(`main a[hreflang="${l}"]`);
			await expect(link).toHaveAttribute('href', `/${l}/`);
			await expect(link.locator('xpath=..')).toHaveAttribute('lang', l);
		}
	});
});

test.describe('the root address', () => {
	for (const [browserLanguage, locale] of [
		['fr-FR', 'fr'],
		['en-GB', 'en'],
		['es-ES', 'es'],
		['de-DE', 'es'],
	] as const) {
		test.describe(`for a ${browserLanguage} browser`, () => {
			test.use({ locale: browserLanguage });
			test(`sends the reader to /${locale}/`, async ({ page }) => {
				await page.goto('/');
				await expect(page).toHaveURL(new RegExp(`/${locale}/$`));
				await expect(page.locator('html')).toHaveAttribute('lang', locale);
			});
		});
	}
});

test('an unknown address answers 404 with a way back in every language', async ({ page }) => {
	const response = await page.goto('/es/1999/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toBeVisible();
	for (const l of locales) await expect(page.locator(`a[hreflang="${l}"]`)).toHaveAttribute('href', `/${l}/`);
});
