import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { MessageLanguage } from '../../src/content/language';
import { readReports } from '../../src/content/read';

/**
 * The small valid year of tests/fixtures/valid/2030/, copied to a temporary `content/reports/2030/`
 * with one thing changed, as an editor (or an attacker) might change it; read like the build reads it.
 * The copies are removed after the test file.
 */
export const root = fileURLToPath(new URL('../..', import.meta.url));
export const fixture = join(root, 'tests/fixtures/valid/2030');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

export const Y = 'content/reports/2030';
export const F = `${Y}/figures.yaml`;
export const ES = `${Y}/es.mdx`;
export const EN = `${Y}/en.mdx`;
export const FR = `${Y}/fr.mdx`;

/** One change to the copied year: replace text in a file, delete a file, or write a file (path relative to content/reports/). */
export type Edit = { file: string; from: string | RegExp; to: string } | { delete: string } | { write: string; text: string };
export const replace = (file: string, from: string | RegExp, to: string): Edit => ({ file, from, to });

/** The project folder of an edited copy (`<tmp>/content/reports/2030/`). */
export function fixtureCopy(edits: Edit[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'report-validation-'));
	dirs.push(dir);
	const reports = join(dir, 'content/reports');
	cpSync(fixture, join(reports, '2030'), { recursive: true });
	for (const edit of edits) {
		if ('delete' in edit) rmSync(join(reports, '2030', edit.delete));
		else if ('write' in edit) {
			mkdirSync(join(reports, edit.write, '..'), { recursive: true });
			writeFileSync(join(reports, edit.write), edit.text);
		} else {
			const path = join(reports, '2030', edit.file);
			const text = readFileSync(path, 'utf8');
			const changed = text.replace(edit.from, edit.to);
			if (changed === text) throw new Error(`fixture edit did not apply: ${String(edit.from)} in ${edit.file}`);
			writeFileSync(path, changed);
		}
	}
	return dir;
}

/** An edited copy of the fixture year, checked as `npm run check` and the build check it. */
export const check = (lang: MessageLanguage, edits: Edit[]) => readReports(fixtureCopy(edits), { lang });
