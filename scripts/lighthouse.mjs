// `npm run lighthouse`: Lighthouse (mobile preset) on each language's report page, served from the
// built site on localhost with the same Chromium as the tests. One warm-up run, then the median of
// three runs per page. Prints the four scores and LCP, TBT, CLS; exits 1 if a floor is missed.
// Lighthouse (157 MB with what it needs) is not installed with the project: npm fetches the version
// named here on first use, into its own cache (`npm exec`), and each run is its command line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchOptions } from './browser.mjs';
import { latestBuiltYear } from './built-years.mjs';
import { locales } from '../src/i18n/config.ts';
import { reportPaths } from '../src/routes/paths.ts';
import { npm, tool } from './tool.mjs';

const lighthouse = 'lighthouse@13.5.0';

// The latest published year in the build (dist/es/<year>/).
const latestYear = latestBuiltYear();

const port = Number(process.env.LH_PORT ?? 4331);
const pages = (process.env.PAGES ?? locales.map((l) => reportPaths(Number(latestYear), l).page).join(',')).split(',');
const runs = Number(process.env.RUNS ?? 3);
const floors = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };

if (!existsSync('dist/index.html')) {
	console.error('No build in dist/: run `npm run build` first.');
	process.exit(1);
}

const server = spawn(...tool('astro', ['preview', '--ignore-lock', '--port', String(port)]), { stdio: 'ignore' });
const stop = () => server.kill();
process.on('exit', stop);
const base = `http://localhost:${port}/`;
for (let i = 0; i < 100; i++) {
	try {
		if ((await fetch(base)).ok) break;
	} catch {
		await new Promise((r) => setTimeout(r, 200));
	}
}

const work = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const audit = (url) => {
	// Lighthouse starts its own Chrome each run: the tests' Chromium where there is one (CHROME_PATH).
	const report = join(work, 'report.json');
	const flags = ['--headless=new', ...launchOptions.args].join(' ');
	const args = [
		'exec',
		'--yes',
		`--package=${lighthouse}`,
		'--',
		'lighthouse',
		url,
		'--output=json',
		`--output-path=${report}`,
		'--quiet',
		`--chrome-flags=${flags}`,
	];
	const env = { ...process.env, ...(launchOptions.executablePath ? { CHROME_PATH: launchOptions.executablePath } : {}) };
	if (spawnSync(...npm(args), { stdio: ['ignore', 'ignore', 'inherit'], env }).status !== 0)
		throw new Error(`${lighthouse} did not finish on ${url}.`);
	const lhr = JSON.parse(readFileSync(report, 'utf8'));
	return {
		scores: Object.fromEntries(Object.keys(floors).map((k) => [k, Math.round(lhr.categories[k].score * 100)])),
		lcp: lhr.audits['largest-contentful-paint'].numericValue,
		tbt: lhr.audits['total-blocking-time'].numericValue,
		cls: lhr.audits['cumulative-layout-shift'].numericValue,
		failing: Object.values(lhr.audits)
			.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
			.map((a) => a.id),
	};
};

let ok = true;
try {
	audit(base + pages[0]); // warm-up: the first, cold run on these machines scores low
	console.log('page          perf  a11y  best  seo    LCP ms  TBT ms  CLS');
	for (const page of pages) {
		const results = [];
		for (let i = 0; i < runs; i++) results.push(audit(base + page));
		const scores = Object.fromEntries(Object.keys(floors).map((k) => [k, median(results.map((r) => r.scores[k]))]));
		const [lcp, tbt, cls] = ['lcp', 'tbt', 'cls'].map((k) => median(results.map((r) => r[k])));
		console.log(
			`${page.padEnd(12)}  ${String(scores.performance).padStart(4)}  ${String(scores.accessibility).padStart(4)}  ${String(scores['best-practices']).padStart(4)}  ${String(scores.seo).padStart(4)}  ${Math.round(lcp).toString().padStart(7)}  ${Math.round(tbt).toString().padStart(6)}  ${cls.toFixed(3)}`,
		);
		for (const [k, floor] of Object.entries(floors))
			if (scores[k] < floor) {
				ok = false;
				console.log(`  ${k} ${scores[k]} < ${floor}; failing audits: ${[...new Set(results.flatMap((r) => r.failing))].join(', ')}`);
			}
	}
} finally {
	rmSync(work, { recursive: true, force: true });
	stop();
}
process.exit(ok ? 0 : 1);
