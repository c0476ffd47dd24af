import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { latest, locales, reports } from './content';

/**
 * `npm run edit` as staff use it: the visual editor (Keystatic) on 127.0.0.1, on a copy of the project
 * (the test writes content). Every report page opens and saves without changing a byte; an edit
 * changes exactly its lines on disk; nothing leaves the machine. (That the site page then shows the
 * edit is not asserted: on CI the dev server sometimes keeps serving the page as it was — open, see
 * the issue 13 note.)
 */
const port = 4323;
const base = `http://127.0.0.1:${port}`;
let project: string;
let server: ChildProcess;

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

test.beforeAll(async () => {
	test.setTimeout(180_000);
	project = mkdtempSync(join(tmpdir(), 'report-editor-'));
	for (const f of ['content', 'src', 'public', 'astro.config.mjs', 'astro.edit.config.mjs', 'keystatic.config.ts', 'tsconfig.json', 'package.json'])
		cpSync(resolve(f), join(project, f), { recursive: true });
	symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'dir');
	// `npm run edit`, with the Node.js that runs the tests (Astro needs a newer one than the system's).
	server = spawn(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'dev', '--config', 'astro.edit.config.mjs'], {
		cwd: project,
		env: { ...process.env, EDIT_NO_OPEN: '1', EDIT_PORT: String(port) },
		stdio: 'ignore',
		detached: true,
	});
	await expect
		.poll(async () => (await fetch(`${base}/keystatic/`).catch(() => undefined))?.status, { timeout: 120_000, intervals: [1000] })
		.toBe(200);
});

test.afterAll(() => {
	if (server?.pid) process.kill(-server.pid);
	rmSync(project, { recursive: true, force: true });
});

/** Requests that reached a host other than this machine (a request the page's CSP refused never left). */
function outside(page: Page) {
	const left: string[] = [];
	page.on('requestfinished', (r) => {
		const url = new URL(r.url());
		if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') left.push(r.url());
	});
	return left;
}

const file = (year: number, locale: string) => join(project, 'content/reports', String(year), `${locale}.mdx`);

/** Opens a report page in the editor and waits for its form. */
async function open(page: Page, year: number, locale: string) {
	// A save makes the dev server reload what changed; a navigation at that moment is aborted: try again.
	await expect(async () => {
		await page.goto(`${base}/keystatic/collection/informe_${locale}/item/${year}`);
	}).toPass({ timeout: 60_000 });
	const description = page.getByLabel(/^Descripción/);
	await description.waitFor({ timeout: 60_000 });
	await page.waitForLoadState('networkidle');
	return description;
}

/** The file once the editor has finished writing it (it truncates, then writes): non-empty, and unchanged for a moment. */
async function written(path: string): Promise<string> {
	let last = '';
	await expect
		.poll(
			async () => {
				const now = readFileSync(path, 'utf8');
				const same = now !== '' && now === last;
				last = now;
				if (!same) await new Promise((r) => setTimeout(r, 300));
				return same;
			},
			{ timeout: 30_000 },
		)
		.toBe(true);
	return last;
}

/**
 * Writes `text` into the description field, clicks "Guardar" (Save) and waits until the file on disk
 * holds what `saved` expects; again if the editor was still busy (a save is idempotent).
 */
async function saveDescription(page: Page, text: string, path: string, saved: (file: string) => boolean) {
	await expect(async () => {
		const field = page.getByLabel(/^Descripción/);
		await field.fill(text);
		await expect(field).toHaveValue(text);
		await page.getByRole('button', { name: 'Guardar' }).click();
		await expect.poll(() => { const t = readFileSync(path, 'utf8'); return t !== '' && saved(t); }, { timeout: 10_000 }).toBe(true);
		await written(path);
	}).toPass({ timeout: 60_000 });
	await page.waitForLoadState('networkidle');
}

test('every report page opens in the editor and saves back byte for byte', async ({ page }) => {
	const left = outside(page);
	for (const { year } of reports)
		for (const locale of locales) {
			const path = file(year, locale);
			const before = readFileSync(path, 'utf8');
			const description = await open(page, year, locale);
			// A save writes the whole file from the editor's state: add a letter, save, take it away, save.
			const value = await description.inputValue();
			await saveDescription(page, `${value}X`, path, (text) => text !== before);
			const withLetter = readFileSync(path, 'utf8');
			await saveDescription(page, value, path, (text) => text !== withLetter);
			expect(readFileSync(path, 'utf8'), `${year}/${locale}.mdx`).toBe(before);
		}
	expect(left).toEqual([]);
});

test('an edit in the Spanish report changes exactly its lines', async ({ page }) => {
	const left = outside(page);
	const year = latest.year;
	const before = readFileSync(file(year, 'es'), 'utf8').split('\n');
	await open(page, year, 'es');
	// A sentence of the body: its first paragraph with text (the first chart's caption, in 2021).
	const caption = page.locator('[contenteditable="true"] p').filter({ hasText: /\S/ }).first();
	const captionText = (await caption.innerText()).trim();
	await caption.click();
	await page.keyboard.press('End');
	await page.keyboard.type(' (prueba)');
	// A field of the page: the hero's title.
	const title = page.getByLabel(/^Título de portada/);
	await title.fill('Un título de prueba');
	await expect(title).toHaveValue('Un título de prueba');
	await page.getByRole('button', { name: 'Guardar' }).click();
	await expect.poll(() => readFileSync(file(year, 'es'), 'utf8').includes('Un título de prueba'), { timeout: 30_000 }).toBe(true);
	await written(file(year, 'es'));

	const after = readFileSync(file(year, 'es'), 'utf8').split('\n');
	expect(after).toHaveLength(before.length);
	const changed = after.flatMap((line, i) => (line === before[i] ? [] : [line.trim()]));
	expect(changed).toEqual(expect.arrayContaining(['title: Un título de prueba']));
	expect(changed).toHaveLength(2);
	expect(changed.find((l) => l.includes('(prueba)'))).toBe(`${captionText} (prueba)`);

	expect(left).toEqual([]);
});

test('the editor offers every figure of the year by id, from a list', async ({ page }) => {
	await open(page, latest.year, 'es');
	// The first figure card's form (its "Edit" button: the editor's own word, untranslated).
	await page.locator('[contenteditable="true"]').getByText('Cifra destacada').first().locator('..').getByRole('button', { name: 'Edit' }).click();
	const select = page.getByRole('dialog').getByLabel('Identificador');
	const options = await select.locator('option').allTextContents();
	expect(options).toEqual(expect.arrayContaining(Object.keys(latest.figures)));
});
