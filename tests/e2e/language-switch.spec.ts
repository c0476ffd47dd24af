import { expect, test } from '@playwright/test';

test('switching language keeps the section in the address', async ({ page }) => {
	await page.goto('/es/2021/#funding');
	await page.locator('.lang-switcher a[hreflang="en"]').click();
	await expect(page).toHaveURL(/\/en\/2021\/#funding$/);
	await expect(page.locator('#funding h2')).toHaveText('Funding sources');
	await page.locator('.lang-switcher a[hreflang="fr"]').click();
	await expect(page).toHaveURL(/\/fr\/2021\/#funding$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('switching language keeps the section the reader scrolled to', async ({ page }) => {
	await page.goto('/en/2021/');
	// As a reader scrolling down, without touching the section links.
	await page.evaluate(() => document.getElementById('impact')!.scrollIntoView({ behavior: 'instant' }));
	// Click where the reader sees the link in the sticky bar (locator.click() would scroll first).
	const box = (await page.locator('.lang-switcher a[hreflang="fr"]').boundingBox())!;
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await expect(page).toHaveURL(/\/fr\/2021\/#impact$/);
	await expect(page.locator('#impact')).toBeInViewport();
});

test('the section navigation and the language home work by keyboard', async ({ page }) => {
	await page.goto('/fr/');
	await page.keyboard.press('Tab');
	const skip = page.locator('.skip-link');
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
	await page.locator('.section-nav a[href="#voice"]').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/fr\/#voice$/);
	await page.locator('.lang-switcher a[hreflang="es"]').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/es\/#voice$/);
});
