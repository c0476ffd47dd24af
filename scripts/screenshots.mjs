// Screenshots of every page at phone and desktop widths, in every language: `npm run screenshots`
// against a running preview (default http://localhost:4321). PNGs go to reports/screenshots/.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { launchOptions } from './browser.mjs';

const base = process.env.BASE_URL || 'http://localhost:4321';
const out = 'reports/screenshots';
mkdirSync(out, { recursive: true });
const pages = (process.env.PAGES || 'es/2021/,en/2021/,fr/2021/').split(',');
const widths = (process.env.WIDTHS || '390,1280').split(',').map(Number);
const js = process.env.JS !== 'off';

const browser = await chromium.launch(launchOptions);
for (const width of widths) {
	const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: js });
	const page = await context.newPage();
	for (const path of pages) {
		await page.goto(base + '/' + path, { waitUntil: 'networkidle' });
		// Scroll through so lazy parts (charts) render before the full-page shot (page scripts only run with JS on).
		if (js) await page.evaluate(async () => {
			for (let y = 0; y < document.body.scrollHeight; y += 400) {
				window.scrollTo(0, y);
				await new Promise((r) => setTimeout(r, 150));
			}
			window.scrollTo(0, 0);
		});
		await page.waitForTimeout(1200);
		const name = `${out}/${path.replace(/\//g, '_') || 'root'}${width}${js ? '' : '-nojs'}.png`;
		await page.screenshot({ path: name, fullPage: true });
		console.log(name);
		// Tall pages are also cut into screen-sized parts, easier to look at one by one.
		if (process.env.PARTS) {
			const height = (await page.locator('html').boundingBox()).height;
			for (let y = 0, i = 1; y < height; y += 1200, i++) {
				const part = name.replace(/\.png$/, `-part${i}.png`);
				await page.screenshot({ path: part, fullPage: true, clip: { x: 0, y, width, height: Math.min(1200, height - y) } });
			}
		}
	}
	await context.close();
}
await browser.close();
