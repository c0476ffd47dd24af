// `npm run bench:build`: how the site's build grows with its archive. Builds (`astro build`) the real
// content, then a synthetic archive of 20 report years × 3 languages made from the latest year, each year
// with figures of its own (valid for their kind and rules; the content checks refuse a year that is a
// copy of another). Prints, per build: years, HTML pages, PNG images, time, time per year, peak memory.
//   YEARS=5,20 (one synthetic build per count)  SEED=1 (the same archive on every run)  REAL=0 (skip the real content)
// `npm test` runs a small one (tests/unit/bench-build.test.ts).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, stringify } from 'yaml';
import { tool } from './tool.mjs';

const counts = (process.env.YEARS ?? '20').split(',').map(Number);
const seed = Number(process.env.SEED ?? 1);
const work = mkdtempSync(join(tmpdir(), 'bench-build-'));
const reports = join('content', 'reports');

/** A seeded random number in [0, 1) (mulberry32): the same synthetic archive on every run. */
function randomFrom(/** @type {number} */ state) {
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const decimals = (/** @type {number} */ n) => (String(n).split('.')[1] ?? '').length;
const round = (/** @type {number} */ n, /** @type {number} */ places) => Math.round(n * 10 ** places) / 10 ** places;
/** The ids a rule's pattern names (`funding.*.share`: `*` is one part of an id). */
const matching = (/** @type {string} */ pattern, /** @type {string[]} */ ids) =>
	ids.filter((id) =>
		new RegExp(
			`^${pattern
				.split('.')
				.map((s) => (s === '*' ? '[^.]+' : s.replace(/[^\w-]/g, '\\$&')))
				.join('\\.')}$`,
		).test(id),
	);

/**
 * Another year's figures.yaml from `text`: each typed figure moved by up to ±40 % within what its kind
 * allows (whole counts, percentages 0–100, ordinals from 1), then the file's own rules made to hold
 * again: shares that add up to 100, parts no larger than their whole, parts that make their total.
 */
function varied(/** @type {string} */ text, /** @type {() => number} */ random) {
	const data = parse(text);
	/** @type {Record<string, { value: number, kind: string }>} */
	const figures = Object.fromEntries(data.figures.map((/** @type {any} */ f) => [f.id, f]));
	const ids = Object.keys(figures);
	const factor = () => 0.6 + 0.8 * random();
	for (const f of Object.values(figures)) {
		const places = f.kind === 'count' || f.kind === 'ordinal' ? 0 : decimals(f.value);
		f.value = f.kind === 'ordinal' ? 1 + Math.floor(random() * 5) : round(f.value * factor(), places);
		if (f.kind === 'percent') f.value = Math.min(100, f.value);
	}
	const typed = (/** @type {string[]} */ list) => list.length > 0 && list.every((id) => figures[id]);
	const sum = (/** @type {string[]} */ list) => list.reduce((a, id) => a + (figures[id]?.value ?? 0), 0);
	for (const rule of data.rules ?? []) {
		if (rule.shares) {
			// New shares in whole units of the figures' precision, the rounding left over given to the largest.
			const list = rule.shares.flatMap((/** @type {string} */ p) => matching(p, ids));
			if (!typed(list)) continue;
			const places = Math.max(...list.map((id) => decimals(figures[id]?.value ?? 0)));
			const units = 100 * 10 ** places;
			const weights = list.map((id) => (figures[id]?.value ?? 0) * factor());
			const total = weights.reduce((a, w) => a + w, 0) || 1;
			const parts = weights.map((w) => Math.floor((w / total) * units));
			parts[weights.indexOf(Math.max(...weights))] += units - parts.reduce((a, p) => a + p, 0);
			list.forEach((id, i) => ((figures[id] ?? { value: 0 }).value = (parts[i] ?? 0) / 10 ** places));
		} else if (rule.part && typed([rule.part, rule.of])) {
			const [part, of] = [figures[rule.part], figures[rule.of]];
			if (part && of && part.value > of.value) of.value = part.value;
		} else if (rule.parts && typed([rule.total])) {
			const list = rule.parts.flatMap((/** @type {string} */ p) => matching(p, ids));
			const whole = figures[rule.total];
			if (typed(list) && whole && whole.value < sum(list)) whole.value = sum(list);
		}
	}
	return stringify(data);
}

/** Builds the site from `reportsDir` (the real content when undefined) and prints one row of numbers. */
function build(/** @type {string} */ label, /** @type {string | undefined} */ reportsDir) {
	const out = join(work, label.replace(/\W+/g, '-'), 'dist');
	const memory = join(work, 'peak-memory');
	rmSync(memory, { force: true });
	const [node, [astro = '', ...args]] = tool('astro', ['build', '--outDir', out]);
	const start = process.hrtime.bigint();
	// The build with scripts/peak-memory.mjs preloaded, which writes the process's peak memory on exit.
	const result = spawnSync(node, ['--import', pathToFileURL(join('scripts', 'peak-memory.mjs')).href, astro, ...args], {
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PEAK_MEMORY_FILE: memory, ...(reportsDir ? { REPORTS_DIR: reportsDir } : {}) },
		encoding: 'utf8',
	});
	const seconds = Number(process.hrtime.bigint() - start) / 1e9;
	if (result.status !== 0) {
		console.error(`${label}: the build failed.\n${result.stdout}\n${result.stderr}`);
		process.exit(1);
	}
	const files = readdirSync(out, { recursive: true, encoding: 'utf8' });
	const years = reportsDir ? readdirSync(reportsDir).length : readdirSync(reports).filter((d) => /^\d{4}$/.test(d)).length;
	const megabytes = Number(readFileSync(memory, 'utf8')) / 1024;
	console.log(
		[
			label.padEnd(22),
			String(years).padStart(5),
			String(files.filter((f) => f.endsWith('.html')).length).padStart(6),
			String(files.filter((f) => f.endsWith('.png')).length).padStart(5),
			seconds.toFixed(1).padStart(7),
			(seconds / years).toFixed(2).padStart(7),
			megabytes.toFixed(0).padStart(8),
		].join(' '),
	);
}

try {
	const latest =
		readdirSync(reports)
			.filter((d) => /^\d{4}$/.test(d))
			.sort()
			.at(-1) ?? '';
	console.log(`${'build'.padEnd(22)} years  pages  PNGs  time s  s/year  peak MB`);
	if (process.env.REAL !== '0') build('real content', undefined);
	for (const count of counts) {
		// The latest year as it is, and before it count - 1 years, each with figures of its own.
		const dir = join(work, `content-${count}`);
		const random = randomFrom(seed);
		const text = readFileSync(join(reports, latest, 'figures.yaml'), 'utf8');
		for (let i = 0; i < count; i++) {
			const year = join(dir, String(Number(latest) - i));
			cpSync(join(reports, latest), year, { recursive: true });
			if (i > 0) writeFileSync(join(year, 'figures.yaml'), varied(text, random));
		}
		build(`${count} synthetic years`, dir);
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}
