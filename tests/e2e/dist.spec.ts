import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { dist, locales, reports } from './site';

/** Checks on the built files of the site: budgets, search-engine files, share images, headers. */
const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
const reportPages = reports.flatMap((r) => locales.map((l) => `${dist}/${l}/${r.year}/index.html`));

test('each report page is ≤ 35 KB of HTML + CSS (gzip), with no web font over 30 KB', () => {
	for (const page of reportPages) {
		const html = readFileSync(page, 'utf8');
		const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
			readFileSync(join(dist, m[1]!.replace(/^\//, '')), 'utf8'),
		);
		const total = gz(html) + css.reduce((sum, c) => sum + gz(c), 0);
		console.log(`${page}: HTML + CSS ${total} bytes gzip`);
		expect(total, page).toBeLessThanOrEqual(35 * 1024);
	}
	const fonts = files(dist).filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
	for (const f of fonts) expect(statSync(f).size, f).toBeLessThanOrEqual(30 * 1024);
});

test('every file a page of the build links is in the build (the check `npm run build` ends with)', () => {
	const check = spawnSync(process.execPath, ['scripts/check-dist.mjs', dist], { encoding: 'utf8' });
	expect(check.stderr).toBe('');
	expect(check.status).toBe(0);
	expect(check.stdout).toMatch(/every link of its \d+ pages to this site has its file/);
});

test('a share image per language, 1200×630 PNG, drawn from the report', () => {
	for (const { year } of reports)
		for (const l of locales) {
			const png = readFileSync(`${dist}/${l}/${year}/share.png`);
			expect(png.subarray(1, 4).toString()).toBe('PNG');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
			const html = readFileSync(`${dist}/${l}/${year}/index.html`, 'utf8');
			expect(html).toContain(`<meta property="og:image" content="https://report.metropolis.org/${l}/${year}/share.png">`);
			expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
		}
});

test('structured data is valid JSON describing the report and its publisher', () => {
	for (const page of reportPages) {
		const blocks = [...readFileSync(page, 'utf8').matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
		expect(blocks).toHaveLength(1);
		const data = JSON.parse(blocks[0]![1]!);
		expect(data['@type']).toBe('Report');
		expect(data.publisher.name).toBe('Metropolis');
		expect(data.url).toMatch(/\/\d{4}\/$/);
		expect(page).toContain(`/${data.temporalCoverage}/`);
	}
});

test('sitemap with language alternates, robots.txt pointing at it', () => {
	const sitemap = readFileSync(`${dist}/sitemap-0.xml`, 'utf8');
	for (const { year } of reports)
		for (const l of locales) {
			expect(sitemap).toContain(`<loc>https://report.metropolis.org/${l}/${year}/</loc>`);
			expect(sitemap).toContain(`hreflang="${l}" href="https://report.metropolis.org/${l}/${year}/"`);
		}
	// The edition homes are pages of their own (every edition), no longer a copy of the latest report.
	for (const l of locales) expect(sitemap).toContain(`<loc>https://report.metropolis.org/${l}/</loc>`);
	expect(sitemap).not.toContain('404');
	expect(sitemap).not.toContain('/embed/');
	expect(readFileSync(`${dist}/robots.txt`, 'utf8')).toContain('Sitemap: https://report.metropolis.org/sitemap-index.xml');
});

test('security headers for static hosts, and a strict CSP in every page', () => {
	const headers = readFileSync(`${dist}/_headers`, 'utf8');
	for (const h of [
		'Content-Security-Policy:',
		'Strict-Transport-Security:',
		'X-Content-Type-Options: nosniff',
		'Referrer-Policy:',
		'Permissions-Policy:',
		"frame-ancestors 'none'",
	])
		expect(headers).toContain(h);
	expect(headers).not.toContain('unsafe-inline');
	for (const page of files(dist).filter((f) => f.endsWith('.html'))) {
		const html = readFileSync(page, 'utf8');
		const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
		expect(csp, page).toBeDefined();
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("object-src 'none'");
		expect(csp).not.toContain('unsafe-inline');
		// Nothing inline that the CSP would have to allow: no handlers, no style attributes, no inline code.
		expect(html, page).not.toMatch(/\son[a-z]+="/);
		expect(html, page).not.toMatch(/\sstyle="/);
		expect(html, page).not.toMatch(/<script(?![^>]*(\ssrc=|type="application\/ld\+json"))[^>]*>/);
	}
});

test('no third-party resources; links that leave the site do not leak', () => {
	for (const page of files(dist).filter((f) => f.endsWith('.html'))) {
		const html = readFileSync(page, 'utf8');
		// Resources (src, stylesheets, icons) are all on the site.
		for (const [, url] of html.matchAll(/\s(?:src|srcset)="([^"]+)"/g)) expect(url, page).toMatch(/^\//);
		for (const [tag] of html.matchAll(/<link [^>]*rel="(?:stylesheet|icon|preload|modulepreload)"[^>]*>/g))
			expect(tag, page).not.toMatch(/href="https?:/);
		for (const [tag] of html.matchAll(/<a [^>]*href="https?:[^"]*"[^>]*>/g)) expect(tag, page).toContain('rel="noopener noreferrer"');
	}
	expect(existsSync(`${dist}/404.html`)).toBe(true);
});

test('the visual editor stays out of the site: no editor route, script or React in dist/', () => {
	const all = files(dist);
	expect(all.filter((f) => /keystatic/i.test(f))).toEqual([]);
	for (const f of all.filter((f) => /\.(html|js)$/.test(f)))
		expect(readFileSync(f, 'utf8'), f).not.toMatch(/keystatic|react-dom|react\.(transitional\.)?element/i);
});

test('the team’s notes on figures (figures.yaml `note`) are published nowhere: no page, download or image text', () => {
	const notes = reports.flatMap((r) => r.notes);
	const texts = files(dist).filter((f) => /\.(html|json|csv|svg|txt|xml|js)$/.test(f));
	for (const f of texts) {
		const text = readFileSync(f, 'utf8');
		for (const note of notes) expect(text.includes(note), `${f} holds the note «${note}»`).toBe(false);
	}
});
