import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { shellEnv } from '../../scripts/shell-env.mjs';
import { tool } from '../../scripts/tool.mjs';

/**
 * `npm run bench:build`, small: two synthetic years from the latest (a fixed seed), so that the benchmark
 * cannot break unseen. Its synthetic years must pass the content checks (a copy of a year is refused),
 * build, and be reported with their numbers. The full run (20 years) stays on demand.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

it('npm run bench:build builds synthetic years with figures of their own, and prints its numbers', () => {
	const result = spawnSync(...tool('node', ['scripts/bench-build.mjs']), {
		cwd: root,
		env: { ...shellEnv, YEARS: '2', SEED: '7', REAL: '0' },
		encoding: 'utf8',
		timeout: 300_000,
	});
	expect(result.status, result.stderr).toBe(0);
	const [header, row, ...rest] = result.stdout.trim().split('\n');
	expect(header).toMatch(/^build\s+years\s+pages\s+PNGs\s+time s\s+s\/year\s+peak MB$/);
	expect(rest).toEqual([]);
	// label, years, HTML pages, PNG images, seconds, seconds per year, peak MB.
	const [, years, pages, pngs, seconds, perYear, peak] =
		/^2 synthetic years\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)$/.exec(row ?? '') ?? [];
	expect(Number(years)).toBe(2);
	expect(Number(pages)).toBeGreaterThan(0);
	expect(Number(pngs)).toBeGreaterThan(0);
	expect(Number(seconds)).toBeGreaterThan(0);
	expect(Number(perYear)).toBeCloseTo(Number(seconds) / 2, 1);
	expect(Number(peak)).toBeGreaterThan(50);
}, 300_000);
