import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isMap, isSeq, parseDocument } from 'yaml';
import { formatProblem, type Problem } from '../../src/content/problems';
import { readReports } from '../../src/content/read';
import { fixture, root } from './fixture-year';

/**
 * "Did you mean …?" must never change what the report says. Every suggestion the checks print is
 * followed, as a staff member would follow it (the name replaced on the line the problem names), on
 * copies of the fixture year and of the real content: after a figure is deleted while still cited, no
 * suggestion may lead to valid content (it would cite another figure in its place); after a typo, the
 * only suggestion is the figure that was meant.
 */
const work = mkdtempSync(join(tmpdir(), 'report-suggestions-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let copies = 0;

/** A copy of a content folder (`content/reports/`), as a project of its own. */
function copy(reports: string) {
	const project = join(work, String(copies++));
	cpSync(reports, join(project, 'content/reports'), { recursive: true });
	return project;
}

const sources = { fixture: join(fixture, '..'), real: join(root, 'content/reports') };
const guessOf = (p: Problem) => /¿querías decir «([^»]+)»\?/.exec(p.message)?.[1];

/**
 * Follows one suggestion: the unknown name replaced by the suggested one on the line the problem names.
 * A label or note of the deleted figure is deleted instead (renaming it would give the other figure two).
 */
function follow(project: string, problem: Problem, from: string, to: string) {
	const path = join(project, problem.file);
	const lines = readFileSync(path, 'utf8').split('\n');
	const at = (problem.line ?? 1) - 1;
	const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	if (/^(labels|notes)\./.test(problem.what)) lines.splice(at, 1);
	else lines[at] = lines[at]!.replace(new RegExp(`(?<![\\w.-])${escaped}(?![\\w-])`, 'g'), to);
	writeFileSync(path, lines.join('\n'));
}

for (const [name, reports] of Object.entries(sources)) {
	const base = readReports(copy(reports));
	const report = base.reports[0]!;
	const cited = [...new Set([...report.pages.es.cited, ...report.charts.flatMap((c) => c.figures)])].filter(
		(id) => !report.figures[id]!.derived,
	);
	const figuresFile = (project: string) => join(project, 'content/reports', String(report.year), 'figures.yaml');

	describe(`${name} content`, () => {
		it('is valid to start with', () => expect(base.errors.map(formatProblem)).toEqual([]));

		it('offers no suggestion that makes a deleted figure pass as another', () => {
			const changed: string[] = [];
			for (const id of cited) {
				const project = copy(reports);
				const file = figuresFile(project);
				const doc = parseDocument(readFileSync(file, 'utf8'));
				const list = doc.get('figures');
				if (!isSeq(list)) throw new Error('no figures: list');
				list.items = list.items.filter((item) => !isMap(item) || item.get('id') !== id);
				writeFileSync(file, doc.toString());
				const broken = readReports(project);
				const suggested = broken.errors.map((p) => ({ p, guess: guessOf(p) })).filter((s) => s.guess);
				// From the last line up, so that a deleted label line does not move the lines of the others.
				for (const { p, guess } of [...suggested].sort((a, b) => (b.p.line ?? 0) - (a.p.line ?? 0))) follow(project, p, id, guess!);
				if (suggested.length && readReports(project).errors.length === 0)
					changed.push(`${id} → ${[...new Set(suggested.map((s) => s.guess))].join(', ')}`);
			}
			expect(changed, 'deleted figures that a suggestion replaced by another').toEqual([]);
			expect(cited.length).toBeGreaterThan(3);
		});

		it('after a typo in a cited name, suggests only the figure meant', () => {
			for (const id of cited) {
				const typo = `${id.slice(0, -2)}${id.at(-1)}`; // one letter dropped
				const project = copy(reports);
				const es = join(project, 'content/reports', String(report.year), 'es.mdx');
				const text = readFileSync(es, 'utf8');
				const cite = text.match(new RegExp(`<(Fig|Stat) id="${id.replace(/\./g, '\\.')}"`));
				if (!cite) continue;
				writeFileSync(es, text.replace(cite[0], cite[0].replace(id, typo)));
				const guesses = readReports(project).errors.map(guessOf).filter(Boolean);
				for (const guess of guesses) expect(guess, `${typo}`).toBe(id);
			}
		});

		it('with no close figure, names a figure of this year as the example, never one that does not exist', () => {
			const project = copy(reports);
			const es = join(project, 'content/reports', String(report.year), 'es.mdx');
			const id = report.pages.es.cited[0]!;
			writeFileSync(es, readFileSync(es, 'utf8').replace(`id="${id}"`, 'id="zzzz.qqqq"'));
			const [problem] = readReports(project).errors;
			expect(problem!.message).toMatch(/«zzzz\.qqqq» no es una cifra de figures\.yaml/);
			const examples = [...problem!.message.matchAll(/\b([a-z][\w-]*(?:\.[A-Za-z][\w-]*)+)\b/gi)]
				.map((m) => m[1]!)
				.filter((x) => !['zzzz.qqqq', 'figures.yaml', 'grupo.cifra'].includes(x));
			for (const example of examples) expect(Object.keys(report.figures), example).toContain(example);
		});
	});
}
