// The last step of `npm run build`: no page of the build links a file the build did not write.
// `node scripts/check-dist.mjs [folder]` (default dist) lists each such link and fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installChromium } from './browser.mjs';
import { missingTargets } from './dist-links.mjs';
import { base, site } from '../src/deploy/site-address.mjs';

const dir = process.argv[2] ?? 'dist';
/** @param {string} at @returns {string[]} every file under `at`, relative to `dir`, with `/` */
const walk = (at) =>
	readdirSync(join(dir, at), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${at}${e.name}/`) : [`${at}${e.name}`]));
const files = walk('');
const pages = files.filter((f) => f.endsWith('.html')).map((file) => ({ file, html: readFileSync(join(dir, file), 'utf8') }));

const advice = (/** @type {string} */ file) =>
	file.endsWith('.pdf')
		? `The PDFs are made by scripts/pdf.mjs with Chromium. ${installChromium} and build again.`
		: 'Fix the link, or the page or build step that should write that file.';
const missing = missingTargets(pages, new Set(files), { base, site });
for (const m of missing)
	console.error(`${join(dir, m.page)}:${m.line} › ${m.link}: the build did not write ${join(dir, m.missing)}. ${advice(m.missing)}`);
if (missing.length) {
	console.error(`\nThe build links ${missing.length} file(s) it did not write: it must not be published.`);
	process.exit(1);
}
console.log(`${dir}: every link of its ${pages.length} pages to this site has its file.`);
