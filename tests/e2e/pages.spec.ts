import { expect, test } from '@playwright/test';
import { locales, plain, reportPages, watch } from './helpers';

const titles = { es: 'Informe anual 2021 de Metropolis', en: 'Metropolis Annual Report 2021', fr: 'Rapport annuel 2021 de Metropolis' };

for (const path of reportPages) {
	const locale = path.split('/')[1] as (typeof locales)[number];
	test(`${path} is complete, in its language, with clean loading`, async ({ page, baseURL }) => {
		const watcher = watch(page, new URL(baseURL!).origin);
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page).toHaveTitle(titles[locale]);
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /2021/);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${locale}/2021/$`));
		for (const hreflang of [...locales, 'x-default'])
			await expect(page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`)).toHaveCount(1);
		await expect(page.locator('h1')).toHaveCount(1);
		// Every section, in the same order, with the same anchors in every language.
		const ids = await page.locator('main section[data-section]').evaluateAll((s) => s.map((e) => e.id));
		expect(ids).toEqual(['team', 'funding', 'alliances', 'meetings', 'impact', 'knowledge', 'voice', 'parity']);
		const switcher = page.locator('.lang-switcher a');
		await expect(switcher).toHaveCount(3);
		await expect(page.locator(`.lang-switcher a[aria-current="page"]`)).toHaveAttribute('hreflang', locale);
		for (const l of locales) await expect(page.locator(`.lang-switcher a[hreflang="${l}"]`)).toHaveAttribute('lang', l);
		await page.waitForLoadState('networkidle');
		watcher.expectClean();
	});
}

/** Figures as the source gives them, in each language's own notation (the page must show them all). */
const expected = {
	es: ['17', '7', '≈59 %', '≈6 %', '≈33 %', '≈2 %', '30', '23', '1.ª', '+2,4 mil', '+36,4 mil', '16,8 %', '423', '540', '700', '105', '+169', '+1,2 mil', '+30', '1.er', '+100', '22', '50 %', '52 %', '48 %'],
	en: ['17', '7', '≈59%', '≈6%', '≈33%', '≈2%', '30', '23', '1st', '2.4K+', '36.4K+', '16.8%', '423', '540', '700', '105', '169+', '1.2K+', '30+', '100+', '22', '50%', '52%', '48%'],
	fr: ['17', '7', '≈59 %', '≈6 %', '≈33 %', '≈2 %', '30', '23', '1re', '1er', '+2,4 k', '+36,4 k', '16,8 %', '423', '540', '700', '105', '+169', '+1,2 k', '+30', '+100', '22', '50 %', '52 %', '48 %'],
};
const spoken = {
	es: ['más de 2400', 'más de 36.400', 'aproximadamente 59 %'],
	en: ['more than 2,400', 'more than 36,400', 'approximately 59%'],
	fr: ['plus de 2 400', 'plus de 36 400', 'environ 59 %'],
};

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	for (const locale of locales) {
		test(`the ${locale} report shows every figure and its full reading`, async ({ page }) => {
			await page.goto(`/${locale}/2021/`);
			const text = plain(await page.locator('main').innerText());
			for (const figure of expected[locale]) expect(text, figure).toContain(figure);
			const all = plain((await page.locator('main').textContent()) ?? '');
			for (const reading of spoken[locale]) expect(all, reading).toContain(reading);
			// Every section is visible, every sentence readable.
			for (const section of await page.locator('main section').all()) await expect(section).toBeVisible();
			await expect(page.locator('#knowledge li')).toHaveCount(10);
			await expect(page.locator('#voice li')).toHaveCount(5);
			// The two gaps of the source are explained, not hidden.
			await expect(page.locator('#alliances .editor-note')).toContainText('23');
			await expect(page.locator('#parity .editor-note')).toBeVisible();
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
	for (const [browserLanguage, locale] of [['fr-FR', 'fr'], ['en-GB', 'en'], ['es-ES', 'es'], ['de-DE', 'es']] as const) {
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
