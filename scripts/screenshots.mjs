// Screenshots of every page at phone and desktop widths, in every language: `npm run screenshots`
// against a running preview (default http://localhost:4321). PNGs go to reports/screenshots/.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { launchOptions } from './browser.mjs';
import { latestBuiltYear } from './built-years.mjs';
import { locales } from '../src/i18n/config.ts';
import { reportPaths } from '../src/routes/paths.ts';

// The latest published year in the build (dist/es/<year>/).
const latestYear = latestBuiltYear();

const base = process.env.BASE_URL || 'http://localhost:4321';
const out = 'reports/screenshots';
mkdirSync(out, { recursive: true });
const pages = (process.env.PAGES || locales.map((l) => reportPaths(Number(latestYear), l).page).join(',')).split(',');
const widths = (process.env.WIDTHS || '390,1280').split(',').map(Number);
const js = process.env.JS !== 'off';
// SCHEME=dark for the dark palette; FORCED=1 for forced colours (Windows high contrast).
const scheme = process.env.SCHEME === 'dark' ? 'dark' : 'light';
const forced = process.env.FORCED === '1';
const suffix = `${js ? '' : '-nojs'}${scheme === 'dark' ? '-dark' : ''}${forced ? '-forced' : ''}`;

const browser = await chromium.launch(launchOptions);
for (const width of widths) {
	const context = await browser.newContext({
		viewport: { width, height: 900 },
		reducedMotion: 'reduce',
		javaScriptEnabled: js,
		colorScheme: scheme,
		forcedColors: forced ? 'active' : 'none',
	});
	const page = await context.newPage();
	for (const path of pages) {
		await page.goto(base + '/' + path, { waitUntil: 'networkidle' });
		// Scroll through so lazy parts (charts) render before the full-page shot (page scripts only run with JS on).
		if (js)
			await page.evaluate(async () => {
				for (let y = 0; y < document.body.scrollHeight; y += 400) {
					window.scrollTo(0, y);
					await new Promise((r) => setTimeout(r, 150));
				}
				window.scrollTo(0, 0);
			});
		await page.waitForTimeout(1200);
		const name = `${out}/${path.replace(/\//g, '_') || 'root'}${width}${suffix}.png`;
		await page.screenshot({ path: name, fullPage: true });
		console.log(name);
		// Tall pages are also cut into screen-sized parts, easier to look at one by one.
		if (process.env.PARTS) {
			const height = Math.floor((await page.locator('html').boundingBox()).height);
			for (let y = 0, i = 1; y < height; y += 1200, i++) {
				const part = name.replace(/\.png$/, `-part${i}.png`);
				await page.screenshot({ path: part, fullPage: true, clip: { x: 0, y, width, height: Math.min(1200, height - y) } });
			}
		}
	}
	await context.close();
}
await browser.close();
