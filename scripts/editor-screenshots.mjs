// The editing guides' screenshots of the visual editor (docs/screenshots/editor-*.png), taken from
// `npm run edit` on a copy of the project (nothing is saved): node scripts/editor-screenshots.mjs
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { launchOptions } from './browser.mjs';
import { startEditCopy } from './edit-copy.mjs';

const out = resolve('docs/screenshots');
const { base, stop } = await startEditCopy(Number(process.env.EDIT_PORT ?? 4361));

try {
	const browser = await chromium.launch(launchOptions);
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const year = process.env.YEAR ?? '2021';
	const shot = async (name) => {
		await page.waitForTimeout(800);
		await page.screenshot({ path: join(out, name) });
		console.log(`wrote docs/screenshots/${name}`);
	};

	// A page of the report: the text with its components, and the page's fields.
	await page.goto(`${base}/keystatic/collection/informe_es/item/${year}`);
	await page.getByLabel(/^Descripción/).waitFor({ timeout: 60_000 });
	await page.waitForLoadState('networkidle');
	await shot('editor-2-page.png');
	// A headline figure's form: its figure chosen from a list.
	await page
		.locator('[contenteditable="true"]')
		.getByText('Cifra destacada')
		.first()
		.locator('..')
		.getByRole('button', { name: 'Edit' })
		.click();
	await page.getByRole('dialog').getByLabel('Identificador').first().waitFor();
	await shot('editor-3-figure-form.png');
	await page.keyboard.press('Escape');
	// The "+" menu of components (it opens once the caret is in the text).
	await page.locator('[contenteditable="true"] p').first().click();
	await page.locator('button[aria-haspopup]').last().click();
	await page.getByRole('menuitem', { name: 'Sección' }).waitFor();
	await shot('editor-4-insert-menu.png');
	await page.keyboard.press('Escape');

	// The year's figures as a form, one figure open.
	await page.setViewportSize({ width: 1280, height: 1000 });
	await page.goto(`${base}/keystatic/collection/cifras/item/${year}`);
	await page.getByRole('checkbox', { name: /^Borrador/ }).waitFor({ timeout: 60_000 });
	await page.getByText(/ = /).nth(4).click();
	await page
		.getByRole('dialog')
		.getByLabel(/^Valor/)
		.waitFor();
	await shot('editor-5-figures-form.png');
	await browser.close();
} finally {
	stop();
}
