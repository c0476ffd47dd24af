import { expect, test } from '@playwright/test';
import { latest, sectionsOf, yearPath } from './site';
import { contrast, hexOf } from './helpers';

// Sections of the latest report: the second (a link target) and the last (scrolled to).
const sections = sectionsOf(latest, 'en');
const [second, last] = [sections[1] ?? sections[0]!, sections.at(-1)!];
const y = latest.year;

test('switching language keeps the section in the address', async ({ page }) => {
	await page.goto(`${yearPath(latest, 'es')}#${second.id}`);
	await page.locator('.lang-switcher a[hreflang="en"]').click();
	await expect(page).toHaveURL(new RegExp(`/en/${y}/#${second.id}$`));
	await expect(page.locator(`#${second.id} h2`)).toHaveText(second.title);
	await page.locator('.lang-switcher a[hreflang="fr"]').click();
	await expect(page).toHaveURL(new RegExp(`/fr/${y}/#${second.id}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('switching language keeps the section the reader scrolled to', async ({ page }) => {
	await page.goto(yearPath(latest, 'en'));
	// As a reader scrolling down, without touching the section links.
	await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ behavior: 'instant' }), last.id);
	// Click where the reader sees the link in the sticky bar (locator.click() would scroll first).
	const box = (await page.locator('.lang-switcher a[hreflang="fr"]').boundingBox())!;
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await expect(page).toHaveURL(new RegExp(`/fr/${y}/#${last.id}$`));
	await expect(page.locator(`#${last.id}`)).toBeInViewport();
});

test('the skip link, the section navigation and the language switch work by keyboard', async ({ page }) => {
	await page.goto(yearPath(latest, 'fr'));
	await page.keyboard.press('Tab');
	const skip = page.locator('.skip-link');
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
	await page.locator(`.section-nav a[href="#${last.id}"]`).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/fr/${y}/#${last.id}$`));
	await page.locator('.lang-switcher a[hreflang="es"]').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/es/${y}/#${last.id}$`));
});

test('the language switcher follows the section in view, not a stale anchor in the address', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(`${yearPath(latest, 'es')}#${second.id}`);
	// The reader scrolls on, with the wheel, to the last section.
	const target = await page.locator(`#${last.id}`).evaluate((e) => e.getBoundingClientRect().top - 100);
	await page.mouse.move(200, 400);
	await page.mouse.wheel(0, target);
	await expect(page.locator(`#${last.id} h2`)).toBeInViewport();
	const box = (await page.locator('.lang-switcher a[hreflang="en"]').boundingBox())!;
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await expect(page).toHaveURL(new RegExp(`/en/${y}/#${last.id}$`));
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 800 } });
	test('the section navigation marks the section in view and keeps its link visible', async ({ page }) => {
		await page.goto(yearPath(latest, 'en'));
		await expect(page.locator('.section-nav a[aria-current]')).toHaveCount(0);
		for (const section of [second, last]) {
			await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ behavior: 'instant' }), section.id);
			const current = page.locator('.section-nav a[aria-current="location"]');
			await expect(current).toHaveAttribute('href', `#${section.id}`);
			await expect(current).toHaveCount(1);
			// Fully inside the bar (which scrolls sideways on a phone).
			const [link, bar] = [(await current.boundingBox())!, (await page.locator('.section-nav ul').boundingBox())!];
			expect(link.x).toBeGreaterThanOrEqual(bar.x - 1);
			expect(link.x + link.width).toBeLessThanOrEqual(bar.x + bar.width + 1);
		}
		// Back at the top, the bar starts at its first section again.
		await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
		await expect(page.locator('.section-nav a[aria-current]')).toHaveCount(0);
		await expect.poll(() => page.locator('.section-nav ul').evaluate((ul) => ul.scrollLeft)).toBe(0);
	});
});

// Windows high contrast drops backgrounds and recolours text: every language stays legible there, and the
// current one stays marked (a border instead of the filled pill).
for (const scheme of ['light', 'dark'] as const)
	test(`forced colours, ${scheme}: every language legible, the current one marked`, async ({ page }) => {
		await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto(yearPath(latest, 'fr'));
		const background = hexOf(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
		for (const link of await page.locator('.lang-switcher a').all()) {
			const style = await link.evaluate((a) => {
				const c = getComputedStyle(a);
				return { color: c.color, border: c.borderTopWidth, borderColor: c.borderTopColor, current: a.getAttribute('aria-current') };
			});
			expect(contrast(hexOf(style.color), background), await link.innerText()).toBeGreaterThanOrEqual(4.5);
			if (style.current) {
				expect(parseFloat(style.border)).toBeGreaterThan(0);
				expect(contrast(hexOf(style.borderColor), background)).toBeGreaterThanOrEqual(3);
			}
		}
	});
