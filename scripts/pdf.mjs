// `npm run pdf` (and a step of `npm run build`): renders each language's report to an A4 PDF with
// Chromium, charts painted first, into dist/<lang>/<year>/metropolis-<year>-<lang>.pdf, next to the
// page that links it (both addresses from src/routes/paths.ts). Without Chromium it fails, saying how to install it: the pages link these files.
// Playwright's browser driver (playwright-core) and pdf-lib are dependencies, so a production install
// (`npm ci --omit=dev`) builds them too.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { installChromium, launchOptions } from './browser.mjs';
import { tool } from './tool.mjs';
import { base as basePath } from '../src/deploy/site-address.mjs';
import { defaultLocale, locales } from '../src/i18n/config.ts';
import { withBase } from '../src/routes/base.ts';
import { reportPaths, sitePaths } from '../src/routes/paths.ts';

// Another build folder (OUT_DIR), e.g. a test build under a base path.
const dist = process.env.OUT_DIR ?? 'dist';
const port = Number(process.env.PDF_PORT ?? 4332);

if (!existsSync(`${dist}/index.html`)) {
	console.error(`No build in ${dist}/: run \`astro build\` first.`);
	process.exit(1);
}

let browser;
try {
	browser = await chromium.launch(launchOptions);
} catch (error) {
	console.error(
		`PDFs not made: Chromium did not start (${String(/** @type {Error} */ (error).message).split('\n')[0]}). The report pages link them, so the build stops here. ${installChromium} and build again.`,
	);
	process.exit(1);
}

const server = spawn(...tool('astro', ['preview', '--ignore-lock', '--port', String(port), '--outDir', dist]), { stdio: 'ignore' });
process.on('exit', () => server.kill());
const origin = `http://localhost:${port}`;
for (let i = 0; i < 150; i++) {
	try {
		if ((await fetch(`${origin}${withBase(basePath, sitePaths.chooser)}`)).ok) break;
	} catch {
		await new Promise((r) => setTimeout(r, 200));
	}
}

const years = readdirSync(`${dist}/${defaultLocale}`)
	.filter((d) => /^\d{4}$/.test(d))
	.map(Number);
try {
	// The printable width of A4 with our margins (184 mm at 96 dpi), in print media from the start,
	// so that charts are drawn at the size they are printed.
	const page = await browser.newPage({ viewport: { width: 695, height: 1000 } });
	await page.emulateMedia({ media: 'print' });
	for (const year of years)
		for (const locale of locales) {
			const paths = reportPaths(year, locale);
			await page.goto(`${origin}${withBase(basePath, paths.page)}`, { waitUntil: 'networkidle' });
			await page.evaluate(() => {
				document.documentElement.dataset.pdf = '';
				// Draw every chart (without animation) and open every data table, as printing does.
				dispatchEvent(new Event('beforeprint'));
			});
			await page.waitForFunction(
				() => document.querySelectorAll('figure.chart canvas').length === document.querySelectorAll('figure.chart').length,
			);
			// The print text face (global.css) loads once print styles use it.
			await page.evaluate(() => document.fonts.ready);
			await page.waitForTimeout(300);
			const footer = await page.locator('.print-footer').textContent();
			const file = `${dist}/${paths.pdf}`;
			await page.pdf({
				path: file,
				format: 'A4',
				printBackground: true,
				preferCSSPageSize: true,
				displayHeaderFooter: true,
				headerTemplate: '<span></span>',
				footerTemplate: `<div style="width:100%;font:8px system-ui,sans-serif;color:#3d4a63;padding:0 13mm;display:flex;justify-content:space-between"><span>${footer}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
				tagged: true,
				outline: true,
			});
			// What a reader's PDF viewer and a library catalogue show: the page's title and description,
			// Metropolis as author, the language (for screen readers), not a headless browser's name.
			const meta = await page.evaluate(() => ({
				title: document.title,
				subject: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
			}));
			const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
			pdf.setTitle(meta.title, { showInWindowTitleBar: true });
			pdf.setAuthor('Metropolis');
			pdf.setSubject(meta.subject);
			pdf.setLanguage(locale);
			pdf.setCreator(`Metropolis annual report ${year}`);
			pdf.setProducer('Chromium (Playwright) and pdf-lib');
			pdf.catalog.set(PDFName.of('Lang'), PDFString.of(locale));
			writeFileSync(file, await pdf.save({ useObjectStreams: false }));
			console.log(`wrote ${file}`);
		}
} finally {
	await browser.close();
	server.kill();
}
