import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { linksOf, missingTargets } from '../../scripts/dist-links.mjs';
import { shellEnv } from '../../scripts/shell-env.mjs';

/**
 * The build never ships a page that links a file it did not write (the PDFs, when no Chromium made
 * them): scripts/check-dist.mjs, the last step of `npm run build`, fails with a line per link.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const site = 'https://report.metropolis.org';

/** A build folder written by the test: a report page linking its (missing) PDF, and what it may link. */
function fixture(base: string, files: Record<string, string>) {
	const dir = mkdtempSync(join(tmpdir(), 'dist-links-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return { dir, base };
}
const page = (base: string) => `<!doctype html>
<link rel="stylesheet" href="${base}_astro/site.css">
<meta property="og:image" content="${site}${base}es/2021/share.png">
<meta name="description" content="Informe anual: 2.4K+ participantes">
<a href="#main">Saltar</a> <a href="mailto:info@metropolis.org">Correo</a> <a href="tel:+34934041010">Teléfono</a>
<a href="https://www.metropolis.org/">Metropolis</a> <a href="//example.org/x.pdf">otro sitio</a>
<a href="${base}en/2021/">English</a> <a href="../../en/2021/?utm=x#top">relativo</a> <img srcset="${base}es/2021/share.png 1x, ${base}es/2021/share@2x.png 2x">
<a href="${base}es/2021/metropolis-2021-es.pdf" download>PDF</a>
<a href="${base}data/2021.json">JSON</a>`;
const others = (base: string) => ({
	'_astro/site.css': '',
	'es/2021/share.png': '',
	'es/2021/share@2x.png': '',
	'en/2021/index.html': `<a href="${base}es/2021/">Español</a>`,
	'data/2021.json': '{}',
});

const check = (dir: string, base: string) =>
	spawnSync(process.execPath, ['scripts/check-dist.mjs', dir], {
		cwd: root,
		env: { ...shellEnv, PATH: [join(root, 'node_modules/.bin'), shellEnv.PATH].join(delimiter), BASE_PATH: base, SITE_URL: site },
		encoding: 'utf8',
	});

describe('links of a page', () => {
	it('are its href, src, srcset and absolute content addresses, with their line', () => {
		const links = linksOf(page('/')).map((l) => `${l.line} ${l.link}`);
		expect(links).toContain('2 /_astro/site.css');
		expect(links).toContain(`3 ${site}/es/2021/share.png`);
		expect(links).toContain('7 /es/2021/share@2x.png');
		expect(links).toContain('8 /es/2021/metropolis-2021-es.pdf');
		expect(links.join('\n')).not.toContain('Informe anual');
	});
});

for (const base of ['/', '/informe-anual/'])
	describe(`a build under ${base}`, () => {
		it('whose report page links a PDF it did not write fails, naming page, file and what to do', () => {
			const { dir } = fixture(base, { 'es/2021/index.html': page(base), ...others(base) });
			const result = check(dir, base);
			expect(result.status, result.stdout + result.stderr).toBe(1);
			const lines = result.stderr.trim().split('\n');
			expect(lines[0]).toBe(
				`${dir}/es/2021/index.html:8 › ${base}es/2021/metropolis-2021-es.pdf: the build did not write ${dir}/es/2021/metropolis-2021-es.pdf. The PDFs are made by scripts/pdf.mjs with Chromium. Install Chromium (Debian/Ubuntu: \`apt-get install chromium\`; elsewhere: \`npx playwright-core install chromium\`, or set CHROMIUM_PATH) and build again.`,
			);
			// Only that link: the anchor, mail, phone, other sites, the query and the fragment are not files.
			expect(lines.filter((l) => l.includes(' › '))).toHaveLength(1);
			expect(lines.at(-1)).toBe('The build links 1 file(s) it did not write: it must not be published.');
		});

		it('with every file it links passes', () => {
			const { dir } = fixture(base, { 'es/2021/index.html': page(base), 'es/2021/metropolis-2021-es.pdf': '%PDF-', ...others(base) });
			const result = check(dir, base);
			expect(result.stderr).toBe('');
			expect(result.status).toBe(0);
			expect(result.stdout).toContain('every link of its 2 pages to this site has its file');
		});
	});

describe('missing targets', () => {
	const files = new Set(['index.html', 'es/2021/index.html', 'es/2021/data.csv', 'embed/es/2021/funding/index.html']);
	const links = (...hrefs: string[]) => [{ file: 'es/2021/index.html', html: hrefs.map((h) => `<a href="${h}">x</a>`).join('\n') }];
	it('follow the base path: a root link is broken in a build under /informe-anual/', () => {
		expect(missingTargets(links('/es/2021/data.csv'), files, { base: '/', site })).toEqual([]);
		expect(missingTargets(links('/es/2021/data.csv'), files, { base: '/informe-anual/', site })).toEqual([
			{
				page: 'es/2021/index.html',
				line: 1,
				link: '/es/2021/data.csv',
				missing: '/es/2021/data.csv (outside the base path /informe-anual/)',
			},
		]);
		expect(missingTargets(links('/informe-anual/es/2021/data.csv', 'data.csv'), files, { base: '/informe-anual/', site })).toEqual([]);
		// The rest of the domain, in full (Metropolis's home page beside /informe-anual/), is another site's.
		expect(missingTargets(links(`${site}/`, `${site}/informe-anual/nope.pdf`), files, { base: '/informe-anual/', site })).toEqual([
			{ page: 'es/2021/index.html', line: 2, link: `${site}/informe-anual/nope.pdf`, missing: 'nope.pdf' },
		]);
	});
	it('include this site’s absolute addresses, not other sites’', () => {
		expect(
			missingTargets(
				links(`${site}/embed/es/2021/funding/`, `${site}/embed/es/2021/team/`, 'https://example.org/embed/es/2021/team/'),
				files,
				{ base: '/', site },
			),
		).toEqual([{ page: 'es/2021/index.html', line: 2, link: `${site}/embed/es/2021/team/`, missing: 'embed/es/2021/team/index.html' }]);
	});
	it('read a folder without its slash as its index.html, and escaped names as the file names', () => {
		const named = new Set([...files, 'es/2021/informe final.pdf']);
		expect(
			missingTargets(links('/es/2021', '/es/2021/informe%20final.pdf', '/es/2021/data.csv?x=1&amp;y=2'), named, { base: '/', site }),
		).toEqual([]);
	});
});
