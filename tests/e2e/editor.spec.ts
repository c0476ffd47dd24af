import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import type { FigureKind } from '../../src/content/figure';
import { checkFigures } from '../../src/content/figures-file';
import { messagesFor } from '../../src/content/messages';
import { startEditCopy } from '../../scripts/edit-copy.mjs';
import { plain } from './helpers';
import { latest, years as reports } from './project-content';
import { locales } from './site';

/**
 * `npm run edit` as staff use it: the visual editor (Keystatic) on 127.0.0.1, on a copy of the project
 * (the test writes content). Every content file opens and saves without changing a byte; an edit of a
 * sentence or of a figure changes exactly its lines on disk, and the site page, one click away, shows
 * it; a new year is created as a draft from the latest; nothing leaves the machine.
 */
let project: string;
let base: string;
let stop: (() => void) | undefined;
let log: () => string = () => '';

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

test.beforeAll(async () => {
	test.setTimeout(180_000);
	// EDIT_PORT: another port, where another editor may be running (editor-origin.spec.ts takes the one after it).
	({ project, base, stop, log } = await startEditCopy(Number(process.env.EDIT_PORT ?? 4323)));
});

test.afterAll(() => stop?.());

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
const figuresFile = (year: number) => join(project, 'content/reports', String(year), 'figures.yaml');

/** Lines that differ between two versions of a file of the same length (trimmed). */
function changedLines(before: string, after: string) {
	const a = after.split('\n');
	const b = before.split('\n');
	expect(a).toHaveLength(b.length);
	return a.flatMap((line, i) => (line === b[i] ? [] : [line.trim()]));
}

/** What the editor's server said, less the lines every request to a missing page repeats: its last 30 lines. */
const serverSaid = () =>
	log()
		.split('\n')
		.filter((l) => l.trim() && !/getStaticPaths\(\)|Possible dynamic routes|\[(404|500)\]/.test(l))
		.slice(-30)
		.join('\n');

/** Opens the page's preview (the editor's "open in a new tab" link) and waits until it shows `ready`. */
async function preview(page: Page, path: string, ready: (site: Page) => Promise<void>) {
	const [site] = await Promise.all([page.context().waitForEvent('page'), page.locator(`a[target="_blank"][href="${path}"]`).click()]);
	// The dev server reads the saved file again within moments; until then a reload shows the page as it was.
	try {
		await expect(async () => {
			await site.reload();
			await ready(site);
		}).toPass({ timeout: 30_000 });
		// The server tells open pages to reload once a save has settled, which can come just after the page
		// showed it (under half a second after the content is written): let that reload happen, then check again.
		await site.waitForTimeout(1000);
		await site.waitForLoadState('load');
		await ready(site);
	} catch (error) {
		throw new Error(`${(error as Error).message}\nServer: ${serverSaid()}`);
	}
	return site;
}

/** The figures a page shows (cards and figures in sentences), in page order. */
const shownFigures = (site: Page) => site.locator('main').locator('.fig, .stat-value').allInnerTexts();

/** A figure as the editor's list shows it: "impact.womenGovernedMetropolises = 16,8". */
const listed = (id: string, value: number) => `${id} = ${String(value).replace('.', ',')}`;

/** Opens a year's figures in the editor and waits for the form. */
async function openFigures(page: Page, year: number) {
	await expect(async () => {
		await page.goto(`${base}/keystatic/collection/cifras/item/${year}`);
	}).toPass({ timeout: 60_000 });
	await page.getByRole('checkbox', { name: /^Borrador/ }).waitFor({ timeout: 60_000 });
	await page.waitForLoadState('networkidle');
}

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
 * A sentence of the open page's body and its text, with the caret at its end: one of words only (no
 * component in it: it is a line of the file as written), in an editor's note where there is one (text the
 * site reads from the page itself), else the first such paragraph. Whatever the year's content holds.
 */
async function ownSentence(page: Page, source: string) {
	const body = page.locator('[contenteditable="true"]');
	const lines = new Set(source.split('\n').map((l) => l.trim()));
	const notes = body.getByText('Nota editorial', { exact: true });
	const candidates = [
		...((await notes.count()) ? await notes.locator('xpath=ancestor::*[.//p][1]').locator('p').all() : []),
		...(await body.locator('p').all()),
	];
	for (const sentence of candidates) {
		const text = (await sentence.innerText()).trim();
		if (!text || !lines.has(text)) continue;
		await sentence.click();
		// Its end (End would go to the end of its first line on screen, in a sentence that wraps).
		await sentence.evaluate((p) => {
			const end = document.createRange();
			end.selectNodeContents(p);
			end.collapse(false);
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(end);
		});
		return { sentence, text };
	}
	throw new Error('no sentence of words only in the page');
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
		await expect
			.poll(
				() => {
					const t = readFileSync(path, 'utf8');
					return t !== '' && saved(t);
				},
				{ timeout: 10_000 },
			)
			.toBe(true);
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
	// Each year's figures, as a form: tick "Borrador" (draft), save, untick, save.
	for (const { year } of reports) {
		const path = figuresFile(year);
		const before = readFileSync(path, 'utf8');
		await openFigures(page, year);
		const draft = page.getByRole('checkbox', { name: /^Borrador/ });
		for (const state of [true, false]) {
			await expect(async () => {
				await draft.setChecked(state);
				await page.getByRole('button', { name: 'Guardar' }).click();
				await expect.poll(() => readFileSync(path, 'utf8').includes(`draft: ${state}`), { timeout: 10_000 }).toBe(true);
			}).toPass({ timeout: 60_000 });
			await written(path);
		}
		expect(readFileSync(path, 'utf8'), `${year}/figures.yaml`).toBe(before);
	}
	expect(left).toEqual([]);
});

test('an edit in the Spanish report changes exactly its lines, and the open page shows it', async ({ page }) => {
	const left = outside(page);
	const year = latest.year;
	const path = file(year, 'es');
	const before = readFileSync(path, 'utf8');
	// The site page as staff have it open beside the editor, rendered before the edit (a page the dev
	// server has rendered once is the one that could stay as it was).
	const site = await page.context().newPage();
	await site.goto(`${base}/es/${year}/`);
	await expect(site.locator('h1')).not.toHaveText('Un título de prueba');
	await open(page, year, 'es');
	let reloads = 0;
	page.on('load', () => reloads++);

	// 1. A sentence of the body, alone.
	const { text: captionText } = await ownSentence(page, before);
	await page.keyboard.type(' (prueba)');
	await page.getByRole('button', { name: 'Guardar' }).click();
	await expect.poll(() => readFileSync(path, 'utf8').includes('(prueba)'), { timeout: 30_000 }).toBe(true);
	const once = changedLines(before, await written(path));
	expect(once).toEqual([`${captionText} (prueba)`]);
	// The open page shows it (after the reload the dev server asks for, or one by hand).
	await expect(async () => {
		await site.reload();
		await expect(site.getByText(`${captionText} (prueba)`).first()).toBeVisible({ timeout: 2000 });
	}).toPass({ timeout: 30_000 });

	// 2. A field of the page: the hero's title.
	const title = page.getByLabel(/^Título de portada/);
	await title.fill('Un título de prueba');
	await expect(title).toHaveValue('Un título de prueba');
	await page.getByRole('button', { name: 'Guardar' }).click();
	await expect.poll(() => readFileSync(path, 'utf8').includes('Un título de prueba'), { timeout: 30_000 }).toBe(true);
	const changed = changedLines(before, await written(path));
	expect(changed).toHaveLength(2);
	expect(changed).toEqual(expect.arrayContaining(['title: Un título de prueba', `${captionText} (prueba)`]));
	// The editor stayed as it was: no reload (a blank screen, and a "restore draft?" notice after it).
	await page.waitForTimeout(2000);
	expect(reloads).toBe(0);
	await expect(title).toHaveValue('Un título de prueba');

	// The site page, one click away from the editor, shows both.
	await site.close();
	const shown = await preview(page, `/es/${year}/`, async (site) => {
		await expect(site.locator('h1')).toHaveText('Un título de prueba', { timeout: 2000 });
	});
	await expect(shown.getByText(`${captionText} (prueba)`).first()).toBeVisible();
	await shown.close();
	expect(left).toEqual([]);
});

/**
 * A figure the Spanish page shows that can go up by one without breaking a rule of the year (a part
 * larger than its whole, shares not adding up to 100): a count under 999, exact (so it reads as its digits).
 */
function figureToChange(year: number) {
	const m = messagesFor('es');
	const data = parse(readFileSync(figuresFile(year), 'utf8')) as {
		figures: { id: string; value: number; kind?: string; qualifier?: string }[];
	};
	const warnings = checkFigures(data, m).warnings.length;
	const shown = reports.find((r) => r.year === year)!.cited;
	for (const f of data.figures) {
		if (!shown.has(f.id) || (f.kind ?? 'count') !== 'count' || (f.qualifier ?? 'exact') !== 'exact' || f.value >= 999) continue;
		const changed = structuredClone(data);
		changed.figures.find((c) => c.id === f.id)!.value = f.value + 1;
		const checked = checkFigures(changed, m);
		if (checked.value && checked.warnings.length === warnings) return { id: f.id, from: f.value, to: f.value + 1 };
	}
	throw new Error(`no figure of ${year} can change for this test`);
}

test('a figure changed in the form changes one line of figures.yaml, and the page shows it', async ({ page }) => {
	const left = outside(page);
	const year = latest.year;
	const { id, from, to } = figureToChange(year);
	const before = readFileSync(figuresFile(year), 'utf8');
	const site = await page.context().newPage();
	await site.goto(`${base}/es/${year}/`);
	const shownBefore = await shownFigures(site);
	await site.close();

	await openFigures(page, year);
	// The list shows each figure as "id = value"; its form opens on a click.
	await page.getByText(listed(id, from), { exact: true }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByLabel(/^Valor/).fill(String(to));
	await dialog.getByRole('button', { name: 'Done' }).click();
	await expect(page.getByText(listed(id, to), { exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Guardar' }).click();
	await expect.poll(() => readFileSync(figuresFile(year), 'utf8') !== before, { timeout: 30_000 }).toBe(true);
	const after = await written(figuresFile(year));
	expect(changedLines(before, after)).toEqual([`value: ${to}`]);
	// The line changed is the figure's own: the one after its id.
	const lines = after.split('\n');
	expect(lines[lines.findIndex((l) => l.trim() === `- id: ${id}`) + 1]!.trim()).toBe(`value: ${to}`);

	// The Spanish page, one click away: the figure reads `to` where it read `from`, and nothing else changed.
	const shown = await preview(page, `/es/${year}/`, async (site) => {
		const now = await shownFigures(site);
		expect(now).toHaveLength(shownBefore.length);
		expect(now).not.toEqual(shownBefore);
	});
	const now = await shownFigures(shown);
	const differ = now.flatMap((text, i) => (text === shownBefore[i] ? [] : [[shownBefore[i], text]]));
	expect(differ.length).toBeGreaterThan(0);
	for (const [was, is] of differ) expect(is).toBe(was!.replace(String(from), String(to)));
	expect(left).toEqual([]);
});

test('«Abreviada» ticked in the form writes one line, compact: true, in its place; unticked, the file is as before', async ({ page }) => {
	const year = latest.year;
	const before = readFileSync(figuresFile(year), 'utf8');
	const { figures } = parse(before) as { figures: { id: string; value: number; kind?: string }[] };
	const f = figures.find((x) => (x.kind ?? 'count') === 'count')!;
	const save = async (changed: (text: string) => boolean) => {
		const was = readFileSync(figuresFile(year), 'utf8');
		await page.getByRole('button', { name: 'Guardar' }).click();
		await expect.poll(() => readFileSync(figuresFile(year), 'utf8') !== was, { timeout: 30_000 }).toBe(true);
		const now = await written(figuresFile(year));
		expect(changed(now)).toBe(true);
		return now;
	};
	const tick = async (on: boolean) => {
		await page.getByText(listed(f.id, f.value), { exact: true }).click();
		const box = page.getByRole('dialog').getByRole('checkbox', { name: /^Abreviada/ });
		await (on ? box.check() : box.uncheck());
		await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
	};

	await openFigures(page, year);
	await tick(true);
	const ticked = await save((now) => now.includes('compact: true'));
	// Exactly one line more, in the figure's own item, after its kind and qualifier (the form's order).
	const lines = ticked.split('\n');
	expect(lines).toHaveLength(before.split('\n').length + 1);
	const start = lines.findIndex((l) => l.trim() === `- id: ${f.id}`);
	const end = lines.findIndex((l, i) => i > start && l.trim().startsWith('- id:'));
	const item = lines.slice(start, end).map((l) => l.trim());
	expect(item.indexOf('compact: true')).toBe(item.findIndex((l) => l.startsWith('qualifier:')) + 1);
	expect(ticked.replace(/\n\s*compact: true/, '')).toBe(before);

	await tick(false);
	await save((now) => now === before);
});

test('a figure out of its range: the preview says what is wrong and where to fix it in the editor', async ({ page }) => {
	const year = latest.year;
	const path = figuresFile(year);
	const before = readFileSync(path, 'utf8');
	// A value the form lets through but the figure's kind does not: over 100 for a percentage, a fraction for a count.
	// (As the file is now: an earlier test may have changed a value.)
	const items = (parse(before) as { figures: { id: string; value: number; kind?: FigureKind }[] }).figures;
	const { id, value, kind = 'count' } = items.find((f): f is typeof f & { kind?: Exclude<FigureKind, 'amount'> } => f.kind !== 'amount')!;
	const wrong = kind === 'percent' ? 120 : 2.5;
	/** What the preview says of that value, by the figure's kind. */
	const outOfRange: Record<Exclude<FigureKind, 'amount'>, string> = {
		percent: 'no es válido (pone 120): debe ser un porcentaje de 0 a 100',
		count: 'no es válido (pone 2.5): debe ser un número entero, 0 o más',
		ordinal: 'no es válido (pone 2.5): debe ser un número entero, 1 o más (1 para «1.º»)',
	};
	// The form reads numbers as Spanish does (its locale): a decimal comma.
	const typed = String(wrong).replace('.', ',');
	await openFigures(page, year);
	await page.getByText(listed(id, value), { exact: true }).click();
	await page
		.getByRole('dialog')
		.getByLabel(/^Valor/)
		.fill(typed);
	await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
	// The list warns of it before it is saved (it is saved all the same: the checks decide).
	const warned = `${listed(id, wrong)} ⚠ debe ser ${messagesFor('es').range[kind]}`;
	await expect(page.getByText(warned, { exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Guardar' }).click();
	await expect.poll(() => readFileSync(path, 'utf8') !== before, { timeout: 30_000 }).toBe(true);
	expect(changedLines(before, await written(path))).toEqual([`value: ${wrong}`]);

	const site = await preview(page, `/es/${year}/`, async (site) => {
		await expect(site.locator('h1')).toHaveText('Problemas en el contenido', { timeout: 2000 });
	});
	const problem = site.locator('li', { hasText: `figures.${id}.value` });
	await expect(problem).toContainText(outOfRange[kind]);
	await expect(site.getByRole('link', { name: '← Volver al editor' })).toHaveAttribute('href', '/keystatic/');
	// The problem's place in the editor is a link to the year's figures, where it is fixed.
	await problem.getByRole('link', { name: `En el editor: Cifras › ${year} › ${id} › Valor` }).click();
	await expect(site).toHaveURL(new RegExp(`/keystatic/collection/cifras/item/${year}$`));
	await expect(site.getByText(warned, { exact: true })).toBeVisible({ timeout: 30_000 });
	await site.close();
	writeFileSync(path, before);
});

/**
 * What staff may type for a figure's value, with Spanish, English or French habits, and what figures.yaml
 * then holds (`saved`); or, where the text could be read two ways or carries a symbol, nothing saved and
 * what the field says instead (`says`, the field's description and message as a screen reader reads them).
 * In this order the saved value changes at every step, so each save shows on disk.
 */
const typedValues: { typed: string; saved?: number; says: RegExp }[] = [
	{ typed: '16,8', saved: 16.8, says: /Se guardará como 16 coma 8 · EN: saved as 16 point 8/ },
	{ typed: '1 200', saved: 1200, says: /Se guardará como 1 200 · EN: saved as 1 200/ },
	{ typed: '2.300.000', saved: 2300000, says: /Se guardará como 2 300 000 · EN/ },
	{ typed: '16.8', saved: 16.8, says: /Se guardará como 16 coma 8 · EN/ },
	{ typed: '1\u00a0200', saved: 1200, says: /Se guardará como 1 200 · EN/ },
	{ typed: '2,300,000', saved: 2300000, says: /Se guardará como 2 300 000 · EN/ },
	{ typed: '1200', saved: 1200, says: /Se guardará como 1 200 · EN/ },
	// As French prints it (Intl's narrow no-break spaces).
	{ typed: '2\u202f300\u202f000', saved: 2300000, says: /Se guardará como 2 300 000 · EN/ },
	{ typed: '1.200', says: /«1\.200» puede ser 1 200 o 1 coma 2: escribe 1200 si son miles, 1,2 si lleva decimales\. · EN: .*1200.*1\.2/ },
	{ typed: '1,200', says: /«1,200» puede ser 1 200 o 1 coma 2: escribe 1200 si son miles, 1,2 si lleva decimales\./ },
	{ typed: '16,8 %', says: /Sin el signo %: escribe solo el número \(16,8\) y elige «Porcentaje» en Tipo\./ },
	{ typed: '2.300.000 €', says: /Sin la moneda: escribe solo el número \(2300000\), elige «Importe» en Tipo y escribe EUR en Moneda\./ },
];

/** What a form field says beside its input (its description and its error), as a screen reader gets it, spaces made plain. */
const saidBy = async (input: Locator) =>
	plain(
		await input.evaluate((el) =>
			(el.getAttribute('aria-describedby') ?? '')
				.split(/\s+/)
				.map((id) => document.getElementById(id)?.textContent ?? '')
				.join(' '),
		),
	);

/**
 * Types each of `typedValues` into one figure's value field, as staff do (then Done, then Save), and
 * returns what happened: what the field said, what the year's list then shows, and the value
 * figures.yaml holds after the save (none when nothing was written: a refused text is not saved).
 */
async function typeEachValue(page: Page, year: number, save: string) {
	const path = figuresFile(year);
	const figure = (parse(readFileSync(path, 'utf8')) as { figures: { id: string; value: number }[] }).figures.find(
		(f) => !typedValues.some((t) => t.saved === f.value),
	)!;
	const savedValue = () => {
		const lines = readFileSync(path, 'utf8').split('\n');
		const line = lines[lines.findIndex((l) => l.trim() === `- id: ${figure.id}`) + 1]!.trim();
		return /^value: /.test(line) ? Number(line.slice('value: '.length)) : undefined;
	};
	const item = page.getByText(new RegExp(`^${figure.id.replace(/\./g, '\\.')} = `));
	await openFigures(page, year);
	const results: { typed: string; saved?: number | undefined; listed: string; says: string }[] = [];
	for (const { typed } of typedValues) {
		const before = readFileSync(path, 'utf8');
		await item.click();
		const dialog = page.getByRole('dialog');
		const field = dialog.getByLabel(/^Valor/);
		await field.fill(typed);
		// What the field says once staff leave it.
		await field.press('Tab');
		const says = await saidBy(field);
		await dialog.getByRole('button', { name: 'Done' }).click();
		await expect(dialog).toBeHidden();
		const listed = await item.innerText();
		await page.getByRole('button', { name: save, exact: true }).click();
		// A save shows on disk within seconds; a refused text is given a few to show that nothing comes.
		const changed = await expect
			.poll(() => readFileSync(path, 'utf8') !== before, { timeout: listed.includes('⚠') ? 3000 : 20_000 })
			.toBe(true)
			.then(
				() => true,
				() => false,
			);
		if (changed) await written(path);
		results.push({ typed, saved: changed ? savedValue() : undefined, listed, says });
	}
	return { results, id: figure.id };
}

/** What typeEachValue should find: each text saved as its number, or refused, its list line warning of it. */
function expectTypedValues(results: Awaited<ReturnType<typeof typeEachValue>>['results'], id: string) {
	expect(results.map(({ typed, saved }) => ({ typed, saved }))).toEqual(typedValues.map(({ typed, saved }) => ({ typed, saved })));
	for (const [i, { typed, saved, says }] of typedValues.entries()) {
		expect(results[i]!.says, typed).toMatch(says);
		// (A saved value may be warned of as well, where it does not fit the figure's kind: 16,8 for a count.)
		if (saved === undefined) expect(results[i]!.listed, typed).toBe(`${id} = ¿${typed}? ⚠ ábrela: sin corregirla, no se guarda`);
		else expect(results[i]!.listed.split(' ⚠ ')[0], typed).toBe(listed(id, saved));
	}
}

test('a value typed with any separators is saved as one number; one that could be read two ways is refused, saying both', async ({
	page,
}) => {
	const year = latest.year;
	const before = readFileSync(figuresFile(year), 'utf8');
	try {
		const { results, id } = await typeEachValue(page, year, 'Guardar');
		expectTypedValues(results, id);
	} finally {
		writeFileSync(figuresFile(year), before);
	}
});

/**
 * The editor "in English": Keystatic's own words and number handling follow its `locale` (keystatic.config.ts,
 * es-ES for staff), which a browser in English does not change; the report's field names and help texts are
 * the project's, Spanish with their English beside them. Here the editor's locale is set to en-US (in the
 * test's copy) and the browser is in English: the same texts are read the same way.
 */
test('the same values typed with the editor and the browser in English are read the same way', async ({ browser }) => {
	const year = latest.year;
	const before = readFileSync(figuresFile(year), 'utf8');
	const configPath = join(project, 'keystatic.config.ts');
	const config = readFileSync(configPath, 'utf8');
	expect(config).toContain("locale: 'es-ES'");
	writeFileSync(configPath, config.replace("locale: 'es-ES'", "locale: 'en-US'"));
	const context = await browser.newContext({ locale: 'en-US' });
	try {
		const page = await context.newPage();
		await expect(async () => {
			await page.goto(`${base}/keystatic/collection/cifras/item/${year}`);
			await expect(page.getByRole('button', { name: 'Save' })).toBeVisible({ timeout: 10_000 });
		}).toPass({ timeout: 60_000 });
		const { results, id } = await typeEachValue(page, year, 'Save');
		expectTypedValues(results, id);
	} finally {
		await context.close();
		writeFileSync(figuresFile(year), before);
		writeFileSync(configPath, config);
	}
});

/**
 * "Cifra en el texto" from the "+" menu, as staff insert it in a sentence and go on typing: it holds no
 * figure until one is chosen (an empty one is refused by the checks, which say so on the page with a
 * link back to the editor), and the text typed after it stays in the sentence.
 */
test('an inline figure from the + menu starts with none chosen, and the text typed after it is kept', async ({ page }) => {
	const year = latest.year;
	const path = file(year, 'es');
	const before = readFileSync(path, 'utf8');
	await open(page, year, 'es');
	const body = page.locator('[contenteditable="true"]');
	const { sentence, text } = await ownSentence(page, before);
	await page.keyboard.type(' Con ');
	await page.locator('button[aria-haspopup]').last().click();
	await page.getByRole('menuitem', { name: 'Cifra en el texto' }).click();
	await expect(page.getByRole('menu')).toBeHidden();
	await page.keyboard.type(' cifras.');
	// In the sentence, after the figure (not into the "+" menu, which the keys would open again).
	await expect(page.getByRole('menu')).toBeHidden({ timeout: 2000 });
	await expect(sentence).toHaveText(`${text} Con — Elige una cifra — cifras.`);
	await page.getByRole('button', { name: 'Guardar' }).click();
	await expect.poll(() => readFileSync(path, 'utf8') !== before, { timeout: 30_000 }).toBe(true);
	expect(changedLines(before, await written(path))).toEqual([`${text} Con <Fig id="" gender="" /> cifras.`]);

	// The page says what is wrong, on a line of its own, and where to fix it.
	const site = await preview(page, `/es/${year}/`, async (site) => {
		await expect(site.locator('h1')).toHaveText('Problemas en el contenido', { timeout: 2000 });
	});
	const problem = site.locator('li', { hasText: '<Fig' });
	await expect(problem).toHaveCount(1);
	await expect(problem).toContainText(new RegExp(`^content/reports/${year}/es\\.mdx:\\d+(:\\d+)? › <Fig[^›]*›?.*id está vacío`));
	await expect(problem.getByRole('link', { name: `En el editor: Informe (español) › ${year}` })).toHaveAttribute(
		'href',
		`/keystatic/collection/informe_es/item/${year}`,
	);
	await site.close();

	// Back in the editor (opened anew, as from the page's link: while the content had a problem, the dev
	// server may have shown a render error over the open editor, src/dev/editor-reload.ts part 2), the
	// figure still waits to be chosen; chosen from its form (the pencil of its toolbar), it is written in its place.
	await open(page, year, 'es');
	const chosen = latest.figures[0]!;
	await body.getByText('Elige una cifra').click();
	await page.getByRole('dialog').getByRole('button').first().click();
	const form = page.getByRole('dialog').filter({ hasText: 'Edit Cifra en el texto' });
	// Its list (a picker, with the form's own select behind it, which staff's choice sets) starts on none.
	await expect(form.getByRole('button', { name: /Elige una cifra/ })).toBeVisible();
	const select = form.locator('select').first();
	await expect(select).toHaveValue('');
	await select.selectOption(chosen, { force: true });
	await expect(form.getByRole('button', { name: new RegExp(`^${chosen.replace(/\./g, '\\.')}( — |\\s)`) })).toBeVisible();
	await form.getByRole('button', { name: 'Done' }).click();
	const empty = readFileSync(path, 'utf8');
	await page.getByRole('button', { name: 'Guardar' }).click();
	await expect.poll(() => readFileSync(path, 'utf8') !== empty, { timeout: 30_000 }).toBe(true);
	expect(changedLines(before, await written(path))).toEqual([`${text} Con <Fig id="${chosen}" gender="" /> cifras.`]);
	writeFileSync(path, before);
});

test('the editor offers every figure of the year by id, from a list', async ({ page }) => {
	await open(page, latest.year, 'es');
	// The first figure card's form (its "Edit" button: the editor's own word, untranslated).
	await page
		.locator('[contenteditable="true"]')
		.getByText('Cifra destacada')
		.first()
		.locator('..')
		.getByRole('button', { name: 'Edit' })
		.click();
	const select = page.getByRole('dialog').getByLabel('Identificador');
	const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
	expect(values).toEqual(expect.arrayContaining(latest.figures));
	// Each with its Spanish label (of the newest year that has one), so that staff recognise it:
	// "impact.participants — Participantes…".
	const texts = await select.locator('option').allTextContents();
	const labelled = texts.filter((t, i) => t.startsWith(`${values[i]} — `) && t.length > values[i]!.length + 3);
	expect(labelled.length).toBeGreaterThanOrEqual(latest.labels.length);
});

/** A collection's "Agregar" (add) action. */
const add = (page: Page) =>
	page
		.getByRole('link', { name: 'Agregar' })
		.or(page.getByRole('button', { name: 'Agregar' }))
		.first();

test('a new year is created from the editor as a draft, from the latest one', async ({ page }) => {
	const left = outside(page);
	const year = Math.max(...reports.map((r) => r.year)) + 1;
	const from = Math.max(...reports.map((r) => r.year));
	// 1. Its figures: "Cifras" › "Agregar" opens a copy of the latest year's; the year and "Borrador" are all there is to set.
	await page.goto(`${base}/keystatic/collection/cifras`);
	await add(page).click();
	await page.getByRole('textbox', { name: /^Año/ }).fill(String(year));
	await page.getByRole('checkbox', { name: /^Borrador/ }).check();
	await page.getByRole('button', { name: 'Crear' }).click();
	await expect.poll(() => existsSync(figuresFile(year)), { timeout: 30_000 }).toBe(true);
	// The editor goes on to the new year (the dev server's reload after a save leaves the editor alone).
	await expect(page).toHaveURL(new RegExp(`/keystatic/collection/cifras/item/${year}$`), { timeout: 30_000 });
	const figures = await written(figuresFile(year));
	expect(changedLines(readFileSync(figuresFile(from), 'utf8'), figures)).toEqual(['draft: true']);
	// 2. Its page in each language, the same way.
	for (const locale of locales) {
		await expect(async () => {
			await page.goto(`${base}/keystatic/collection/informe_${locale}`);
			await add(page).click();
			await page.getByRole('textbox', { name: /^Año/ }).fill(String(year), { timeout: 10_000 });
		}).toPass({ timeout: 60_000 });
		await page.getByRole('button', { name: 'Crear' }).click();
		await expect.poll(() => existsSync(file(year, locale)), { timeout: 30_000 }).toBe(true);
		await expect(page).toHaveURL(new RegExp(`/keystatic/collection/informe_${locale}/item/${year}$`), { timeout: 30_000 });
		// A copy of the latest page, byte for byte (no key added): the year in its texts is {{year}}.
		expect(await written(file(year, locale)), `${year}/${locale}.mdx`).toBe(readFileSync(file(from, locale), 'utf8'));
	}
	// The draft shows in the editor's site, marked as a draft.
	const site = await page.context().newPage();
	await expect(async () => {
		const response = await site.goto(`${base}/es/${year}/`);
		// If it never comes, what the page showed instead and what the server said.
		const shown = `${response?.status()} «${(await site.locator('body').innerText()).slice(0, 400)}»\nServer: ${serverSaid()}`;
		await expect(site.locator('.draft-banner'), shown).toContainText(String(year), { timeout: 2000 });
	}).toPass({ timeout: 30_000 });
	await expect(site).toHaveTitle(new RegExp(String(year)));
	expect(left).toEqual([]);
});

test('when the dev server bundles a dependency anew, the open editor reloads with it instead of staying half loaded', async ({ page }) => {
	// As after `npm run dev`, or on the first start: code the editor's page asks for needs a dependency not yet
	// bundled. The server bundles it and asks every page to reload; the editor's modules are outdated until it does
	// (it was once left blank, its scripts refused as "Outdated Optimize Dep").
	await open(page, latest.year, 'es');
	await page.evaluate(() => Object.assign(window, { beforeReload: true }));
	writeFileSync(join(project, 'src', 'new-dependency.ts'), "export { default } from 'i18next';\n");
	await page.evaluate((url) => import(url).catch(() => undefined), '/src/new-dependency.ts').catch(() => undefined);
	await expect.poll(() => log().includes('optimized dependencies changed. reloading'), { timeout: 30_000 }).toBe(true);
	await expect.poll(() => page.evaluate(() => 'beforeReload' in window).catch(() => true), { timeout: 15_000 }).toBe(false);
	await expect(page.getByLabel(/^Descripción/)).toBeVisible({ timeout: 60_000 });
});
