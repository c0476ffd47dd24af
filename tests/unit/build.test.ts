import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Whole-site builds from other content (REPORTS_DIR): a new report year appears with no code
 * change, and broken content stops the build with a message naming the file and the field.
 */
const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'report-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function contentCopy(name: string) {
	const dir = join(work, name);
	cpSync(join(root, 'content/reports'), join(dir, 'reports'), { recursive: true });
	return join(dir, 'reports');
}

/** The environment of a shell, without what vitest adds (BASE_URL, MODE… would leak into Vite). */
const shellEnv = Object.fromEntries(
	Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(k)),
);

const run = (args: string[], env: Record<string, string>) =>
	spawnSync(join(root, 'node_modules/.bin', args[0]!), args.slice(1), {
		cwd: root,
		env: { ...shellEnv, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		encoding: 'utf8',
		timeout: 180_000,
	});

describe('a new report year', () => {
	const reports = contentCopy('two-years');
	cpSync(join(reports, '2021'), join(reports, '2022'), { recursive: true });
	const figures = join(reports, '2022/figures.md');
	writeFileSync(
		figures,
		readFileSync(figures, 'utf8')
			.replace('year: 2021', 'year: 2022')
			.replace('newMembers: 3', 'newMembers: { value: 5, source: "Fixture register of members" }'),
	);
	const out = join(work, 'two-years/dist');
	const build = run(['astro', 'build', '--outDir', out], { REPORTS_DIR: reports });
	const page = (path: string) => readFileSync(join(out, path), 'utf8');

	it('builds', () => {
		expect(build.status, build.stderr + build.stdout).toBe(0);
	});

	it('gets its pages in every language, with no code change', () => {
		for (const l of ['es', 'en', 'fr']) {
			expect(existsSync(join(out, l, '2022/index.html')), `${l}/2022/`).toBe(true);
			expect(existsSync(join(out, l, '2021/index.html')), `${l}/2021/`).toBe(true);
		}
		expect(page('en/2022/index.html')).toContain('<title>Metropolis Annual Report 2022</title>');
	});

	it('becomes the report of the language home pages, which link to every year', () => {
		const home = page('fr/index.html');
		expect(home).toContain('<link rel="canonical" href="https://report.metropolis.org/fr/2022/">');
		expect(home).toContain('href="/fr/2022/"');
		expect(home).toContain('href="/fr/2021/"');
		expect(home).toMatch(/Lire le rapport 2022[\s\S]*Lire le rapport 2021/);
	});

	it('is linked in every language by the language switcher', () => {
		const es = page('es/2022/index.html');
		for (const l of ['es', 'en', 'fr']) expect(es).toContain(`href="/${l}/2022/" hreflang="${l}"`);
	});

	it('shows a figure source as a footnote', () => {
		const es = page('es/2022/index.html');
		expect(es).toMatch(/<sup class="fn-ref"><a href="#fn-1" id="fn-ref-1" aria-label="Nota 1">1<\/a><\/sup>/);
		expect(es).toContain('Fuente: Fixture register of members');
	});
});

describe('broken content', () => {
	const reports = contentCopy('broken');
	const figures = join(reports, '2021/figures.md');
	writeFileSync(figures, readFileSync(figures, 'utf8').replace('interns: 7', 'interns: -7').replace('professionals: 17', 'profesionals: 17'));

	it('fails the build with every problem, naming file and field', () => {
		const build = run(['astro', 'build', '--outDir', join(work, 'broken/dist')], { REPORTS_DIR: reports });
		const output = build.stdout + build.stderr;
		expect(build.status).not.toBe(0);
		expect(output).toContain('reports/2021/figures.md › staff.interns: is out of range (got -7, expected a whole number, 0 or more)');
		expect(output).toContain('reports/2021/figures.md › staff.profesionals: `profesionals` is not a known field — did you mean `professionals`?');
		expect(existsSync(join(work, 'broken/dist/es/2021/index.html'))).toBe(false);
	});

	it('fails `npm run check` the same way, without building', () => {
		const check = run(['tsx', 'scripts/check-content.ts'], { REPORTS_DIR: reports });
		expect(check.status).toBe(1);
		expect(check.stderr).toContain('The report content has 3 problems:');
		expect(check.stderr).toContain('reports/2021/figures.md › staff.interns: is out of range (got -7, expected a whole number, 0 or more)');
	});
});

describe('under a base path (BASE_PATH=/informe-anual/)', () => {
	const out = join(work, 'base-path/dist');
	const env = { BASE_PATH: '/informe-anual/', SITE_URL: 'https://www.metropolis.org' };
	const build = run(['astro', 'build', '--outDir', out], env);
	// The PDFs the pages link to, as `npm run build` makes them.
	const pdf = spawnSync(join(root, 'node_modules/.bin/node'), ['scripts/pdf.mjs'], { cwd: root, env: { ...shellEnv, ...env, OUT_DIR: out, PDF_PORT: '4335' }, encoding: 'utf8', timeout: 180_000 });
	const base = '/informe-anual/';

	/** Every HTML file of the build, by the URL path it is served at. */
	const pages = new Map<string, string>();
	const walk = (dir: string) => {
		for (const name of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, name.name);
			if (name.isDirectory()) walk(path);
			else if (name.name.endsWith('.html')) pages.set(base + path.slice(out.length + 1).replace(/index\.html$/, ''), readFileSync(path, 'utf8'));
		}
	};

	/** The file a URL path is served from, or undefined. */
	const served = (path: string) => {
		if (!path.startsWith(base)) return undefined;
		const file = join(out, decodeURIComponent(path.slice(base.length)));
		return [file, join(file, 'index.html')].find((f) => existsSync(f) && statSync(f).isFile());
	};

	it('builds', () => {
		expect(build.status, build.stderr + build.stdout).toBe(0);
		expect(pdf.status, pdf.stderr + pdf.stdout).toBe(0);
		walk(out);
		expect(pages.size).toBeGreaterThanOrEqual(8);
	});

	it('has no broken internal link, asset or anchor on any page', () => {
		const broken: string[] = [];
		let checked = 0;
		for (const [pagePath, html] of pages) {
			for (const [, attr, raw] of html.matchAll(/\s(href|src|content)="([^"]*)"/g)) {
				const value = raw!.replace(/&amp;/g, '&');
				if (attr === 'content' && !value.startsWith('https://www.metropolis.org/informe-anual/')) continue;
				if (/^(mailto:|data:)/.test(value) || (attr !== 'content' && /^https?:/.test(value))) continue;
				const url = new URL(value, `https://www.metropolis.org${pagePath}`);
				if (url.origin !== 'https://www.metropolis.org') continue;
				checked++;
				const file = served(url.pathname);
				if (!file) {
					broken.push(`${pagePath}: ${value} (no such file)`);
					continue;
				}
				if (url.hash && file.endsWith('.html')) {
					const id = decodeURIComponent(url.hash.slice(1));
					if (!readFileSync(file, 'utf8').includes(`id="${id}"`)) broken.push(`${pagePath}: ${value} (no #${id} there)`);
				}
			}
		}
		expect(broken).toEqual([]);
		expect(checked).toBeGreaterThan(100);
	});

	it('links every language and asset under the base path', () => {
		const es = pages.get(`${base}es/2021/`)!;
		expect(es).toContain('href="/informe-anual/en/2021/" hreflang="en"');
		expect(es).toContain('<link rel="canonical" href="https://www.metropolis.org/informe-anual/es/2021/">');
		expect(es).toMatch(/src="\/informe-anual\/_astro\/[^"]+\.js"/);
		expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain('Sitemap: https://www.metropolis.org/informe-anual/sitemap-index.xml');
	});
});
