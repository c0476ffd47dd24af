import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/problems';
import { readReports } from '../../src/content/read';
import { fixture, fixtureCopy, replace } from './fixture-year';

/**
 * Year over year from the figures alone (issue 25): a year's figures.yaml names the figures its pages
 * compare with the year before (`compare:`); the comparison is computed from both years' values, only
 * against the published year just before (no gap, no draft), with the breaks staff declare.
 */
const text = (file: string) => readFileSync(join(fixture, file), 'utf8');
/**
 * The fixture as 2030, and a 2029 of its own (same figures, other values), its figures.yaml edited by
 * `edits2029`, and a name `renamed` in 2029 (every file) where it is given.
 */
function years(compare: string, edits2029: [string, string][] = [], renamed?: [string, string]) {
	let figures2029 = text('figures.yaml')
		.replace('team.staff\n    value: 12', 'team.staff\n    value: 10')
		.replace('team.women\n    value: 58', 'team.women\n    value: 55.5')
		.replace('value: 250000', 'value: 200000');
	for (const [from, to] of edits2029) figures2029 = figures2029.replace(from, to);
	const rename = (s: string) => (renamed ? s.replaceAll(renamed[0], renamed[1]) : s);
	return readReports(
		fixtureCopy([
			replace('figures.yaml', 'share: [team.staff]', `share: [team.staff]\ncompare:\n${compare}`),
			{ write: '2029/figures.yaml', text: rename(figures2029) },
			...(['es', 'en', 'fr'] as const).map((l) => ({ write: `2029/${l}.mdx`, text: rename(text(`${l}.mdx`)) })),
		]),
	);
}

describe('year over year', () => {
	it('computes each comparison the content asks for, from the two years’ values', () => {
		const { reports, errors } = years('  change: [team.staff, team.women]\n  difference: [finance.budget]');
		expect(errors.map(formatProblem)).toEqual([]);
		const y2030 = reports.find((r) => r.year === 2030)!;
		expect(y2030.yearOverYear).toEqual({
			'team.staff': { kind: 'change', year: 2029, direction: 'up', percent: 20, about: false },
			'team.women': { kind: 'points', year: 2029, direction: 'up', points: 2.5, about: false },
			'finance.budget': { kind: 'difference', year: 2029, direction: 'up', difference: 50000, about: false },
		});
		// The first year has nothing to compare with.
		expect(reports.find((r) => r.year === 2029)!.yearOverYear).toEqual({});
	});

	it('says what is new this year, and what staff declared not comparable; a figure of another kind is not compared, and a warning asks to confirm the name', () => {
		const { reports, warnings, errors } = years(
			'  change: [team.staff, team.interns, events.total]\n  notComparable: [events.total]',
			[['team.staff\n    value: 10', 'team.staff\n    value: 10\n    kind: percent']],
			['team.interns', 'team.trainees'],
		);
		expect(errors.map(formatProblem)).toEqual([]);
		const said = reports.find((r) => r.year === 2030)!.yearOverYear;
		expect(said).toEqual({ 'team.interns': { kind: 'new', year: 2029 }, 'events.total': { kind: 'break', year: 2029 } });
		expect(warnings.map(formatProblem)).toContainEqual(
			expect.stringMatching(
				/^content\/reports\/2030\/figures\.yaml › figures\.team\.staff: la cifra team\.staff era otra cosa en 2029 \(percent → count\)/,
			),
		);
	});

	it('never compares across a gap year or with a draft', () => {
		const gap = readReports(
			fixtureCopy([
				replace('figures.yaml', 'share: [team.staff]', 'share: [team.staff]\ncompare:\n  change: [team.staff]'),
				{ write: '2028/figures.yaml', text: text('figures.yaml').replace('team.staff\n    value: 12', 'team.staff\n    value: 7') },
				...(['es', 'en', 'fr'] as const).map((l) => ({ write: `2028/${l}.mdx`, text: text(`${l}.mdx`) })),
			]),
		);
		expect(gap.errors.map(formatProblem)).toEqual([]);
		expect(gap.reports.find((r) => r.year === 2030)!.yearOverYear).toEqual({});
		const draft = years('  change: [team.staff]', [['share: [team.staff]', 'share: [team.staff]\ndraft: true']]);
		expect(draft.reports.find((r) => r.year === 2030)!.yearOverYear).toEqual({});
	});

	it('refuses a name in compare: that is no figure, with the line', () => {
		const { errors } = years('  change: [team.stafff]');
		expect(errors.map(formatProblem)).toEqual([
			expect.stringMatching(
				/^content\/reports\/2030\/figures\.yaml:\d+ › compare\.change\.0: «team\.stafff» no es una cifra de figures\.yaml: ¿querías decir «team\.staff»\?/,
			),
		]);
	});
});
