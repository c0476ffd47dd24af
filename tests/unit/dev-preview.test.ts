import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { FigureKind } from '../../src/content/figure';
import { catalogue } from '../../src/content/messages';
import { readReports } from '../../src/content/read';
import { startDevCopy } from '../../scripts/edit-copy.mjs';

/**
 * The dev server's preview (`npm run dev`, and `npm run edit` on top of it) shows each save, never the
 * content one save before. Each scenario below injects one delay into a dev server (nothing else changed)
 * so that a race the preview once lost, now and then, happens every time.
 */

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** `npm run dev` on a copy of the project with `config`, for the tests of one block: call it in the test. */
function devCopy(port: number, config: { name: string; text: string }) {
	let copy: Awaited<ReturnType<typeof startDevCopy>> | undefined;
	beforeAll(async () => {
		copy = await startDevCopy(port, config);
	}, 150_000);
	afterAll(() => copy?.stop());
	return () => copy!;
}

/** The latest year's figures file in a copy, as saved, and its first figure that is not an amount. */
function figuresOf(project: string) {
	const year = readReports(project).reports[0]!.year;
	const path = join(project, 'content', 'reports', String(year), 'figures.yaml');
	const saved = readFileSync(path, 'utf8');
	const figures = (parse(saved) as { figures: { id: string; value: number; kind?: FigureKind }[] }).figures;
	const { id, value, kind = 'count' } = figures.find((f) => f.kind !== 'amount')!;
	/** Saves the figure with value `v`, checking that this makes the content `valid` or not, as meant. */
	const save = (v: number, valid: boolean) => {
		writeFileSync(path, saved.replace(`value: ${value}`, `value: ${v}`));
		expect(readReports(project).errors.length === 0, `${id} = ${v} makes ${valid ? 'valid' : 'invalid'} content`).toBe(valid);
	};
	const restore = () => writeFileSync(path, saved);
	// Out of the figure's range: over 100 for a percentage, a fraction for a count.
	return { year, id, value, wrong: kind === 'percent' ? 120 : 2.5, save, restore };
}

describe('a page being read as a save lands', () => {
	// The store's read is made slow (1.5 s), so that a page requested just before a save lands is still
	// reading the previous content store when the new one is written. That read was kept.
	const slowRead = `import site from './astro.config.mjs';
const slow = {
	name: 'test-slow-content-store',
	async transform(_code, id) {
		if (id === '\\0astro:data-layer-content') await new Promise((done) => setTimeout(done, 1500));
		return null;
	},
};
export default { ...site, vite: { ...site.vite, plugins: [...(site.vite?.plugins ?? []), slow] } };
`;
	const copy = devCopy(4371, { name: 'astro.slow.config.mjs', text: slowRead });

	test('the preview shows the save, not the content before it', async () => {
		const { project, base, log } = copy();
		const { year, id, value, save, restore } = figuresOf(project);
		// The year's open data (the page's figures, as data): the figure's value there.
		const shown = async () => {
			const data = (await (await fetch(`${base}/data/${year}.json`)).json()) as { figures: { id: string; value: number }[] };
			return data.figures.find((f) => f.id === id)?.value;
		};
		restore();
		await shown();

		// A save nothing reads, then another while something is being read.
		for (const [first, then] of [
			[value + 1, value + 2],
			[value + 1, value],
			[value + 2, value + 1],
			[value + 2, value],
		]) {
			save(first!, true);
			// Written and taken in (the store read again); nothing asks for it.
			await sleep(2500);
			save(then!, true);
			// Requested before this save is written: it reads the store while the save is written.
			await sleep(200);
			const reading = shown();
			await sleep(4000);
			await reading;
			expect(await shown(), `after the save, ${id} reads ${then}\n${log().slice(-3000)}`).toBe(then);
		}
	});
});

describe('a page requested just before the content store is written', () => {
	// The store is written 1.5 s late (the rest of Astro's files in time), so that a page requested as a
	// save lands loads the site's middleware (the problem list) with the store as it was. Astro keeps
	// that middleware: the problem list showed for valid content, or a 404 where the problems should be.
	const lateWrite = `import { promises } from 'node:fs';
import site from './astro.config.mjs';
const rename = promises.rename.bind(promises);
promises.rename = async (from, to) => {
	if (String(to).endsWith('data-store.json')) await new Promise((done) => setTimeout(done, 1500));
	return rename(from, to);
};
export default site;
`;
	const copy = devCopy(4372, { name: 'astro.late.config.mjs', text: lateWrite });

	test('the problem list shows when the content is wrong, and only then', async () => {
		const { project, base, log } = copy();
		const { year, value, wrong, save, restore } = figuresOf(project);
		const writing = join(project, '.astro', 'data-store.json.tmp');
		const errorNames = Object.values(catalogue).map((m) => m.errorName);
		/** The page's status and heading: the report's title, or the problem list's. */
		const page = async () => {
			const response = await fetch(`${base}/es/${year}/`);
			return { status: response.status, h1: /<h1[^>]*>([^<]*)/.exec(await response.text())?.[1] };
		};
		restore();
		expect((await page()).status).toBe(200);

		for (const [v, valid] of [
			[wrong, false],
			[value, true],
			[wrong, false],
			[value + 1, true],
		] as const) {
			save(v, valid);
			// The save is being written: the page is asked for then (as an open page reloads).
			for (let waited = 0; !existsSync(writing); waited += 20) {
				expect(waited, 'the content store was written (.astro/data-store.json.tmp)').toBeLessThan(10_000);
				await sleep(20);
			}
			await page();
			while (existsSync(writing)) await sleep(20);
			await sleep(1500);
			const now = await page();
			const said = `after saving ${v}, the page reads ${JSON.stringify(now)}\n${log().slice(-3000)}`;
			if (valid) expect(now.status, said).toBe(200);
			else expect({ status: now.status, problems: errorNames.includes(now.h1 ?? '') }, said).toEqual({ status: 500, problems: true });
		}
		restore();
	});
});
