import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readReports } from '../../src/content/read';
import { startDevCopy } from '../../scripts/edit-copy.mjs';

/**
 * The dev server's preview (`npm run dev`, and `npm run edit` on top of it) shows each save, never the
 * content one save before. The race it once lost: a page requested just before a save lands is still
 * reading the previous content store when the new one is written, and that read was kept. Here the store's
 * read is made slow (1.5 s, an injected delay, nothing else changed) so that the race happens every time.
 */
const slowStore = `import site from './astro.config.mjs';
const slow = {
	name: 'test-slow-content-store',
	async transform(_code, id) {
		if (id === '\\0astro:data-layer-content') await new Promise((done) => setTimeout(done, 1500));
		return null;
	},
};
export default { ...site, vite: { ...site.vite, plugins: [...(site.vite?.plugins ?? []), slow] } };
`;

let copy: Awaited<ReturnType<typeof startDevCopy>>;
beforeAll(async () => {
	copy = await startDevCopy(4371, { name: 'astro.slow.config.mjs', text: slowStore });
}, 150_000);
afterAll(() => copy?.stop());

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

test('a save shows in the preview even when a page was being read as it landed', async () => {
	const { project, base, log } = copy;
	const year = readReports(project).reports[0]!.year;
	const path = join(project, 'content', 'reports', String(year), 'figures.yaml');
	const saved = readFileSync(path, 'utf8');
	// The year's first figure, saved with other values and back: each valid content.
	const { id, value } = (parse(saved) as { figures: { id: string; value: number }[] }).figures[0]!;
	const withValue = (v: number) => saved.replace(`value: ${value}`, `value: ${v}`);
	for (const v of [value + 1, value + 2]) {
		writeFileSync(path, withValue(v));
		expect(readReports(project).errors, `${id} = ${v} is valid content`).toEqual([]);
	}
	writeFileSync(path, saved);
	// The year's open data (the page's figures, as data): the figure's value there.
	const shown = async () => {
		const data = (await (await fetch(`${base}/data/${year}.json`)).json()) as { figures: { id: string; value: number }[] };
		return data.figures.find((f) => f.id === id)?.value;
	};
	await shown();

	// A save nothing reads, then another while something is being read.
	for (const [first, then] of [[value + 1, value + 2], [value + 1, value], [value + 2, value + 1], [value + 2, value]]) {
		writeFileSync(path, withValue(first!));
		// Written and taken in (the store read again); nothing asks for it.
		await sleep(2500);
		writeFileSync(path, withValue(then!));
		// Requested before this save is written: it reads the store while the save is written.
		await sleep(200);
		const reading = shown();
		await sleep(4000);
		await reading;
		expect(await shown(), `after the save, ${id} reads ${then}\n${log().slice(-3000)}`).toBe(then);
	}
});
