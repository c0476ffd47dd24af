import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/problems';
import { readReports } from '../../src/content/read';
import { buildChart } from '../../src/charts/spec';
import { createTranslator } from '../../src/i18n/translate';
import { fixture, fixtureCopy, replace, type Edit } from './fixture-year';

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
function years(compare: string, edits2029: [string, string][] = [], renamed?: [string, string], edits2030: Edit[] = []) {
	let figures2029 = text('figures.yaml')
		.replace('team.staff\n    value: 12', 'team.staff\n    value: 10')
		.replace('team.women\n    value: 58', 'team.women\n    value: 55.5')
		.replace('value: 250000', 'value: 200000');
	for (const [from, to] of edits2029) figures2029 = figures2029.replace(from, to);
	const rename = (s: string) => (renamed ? s.replaceAll(renamed[0], renamed[1]) : s);
	return readReports(
		fixtureCopy([
			...(compare ? [replace('figures.yaml', 'share: [team.staff]', `share: [team.staff]\ncompare:\n${compare}`)] : []),
			...edits2030,
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

	it('computes a draft year’s comparisons too (shown by npm run dev and the editor’s preview; the build publishes no draft)', () => {
		const draft = years('  change: [team.staff]', [], undefined, [
			replace('figures.yaml', 'share: [team.staff]', 'draft: true\nshare: [team.staff]'),
		]);
		expect(draft.errors.map(formatProblem)).toEqual([]);
		const y2030 = draft.reports.find((r) => r.year === 2030)!;
		expect(y2030.draft).toBe(true);
		expect(y2030.yearOverYear).toEqual({ 'team.staff': { kind: 'change', year: 2029, direction: 'up', percent: 20, about: false } });
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

/**
 * A chart across years (`previousYear: true`): each bar beside the same figure the year before, computed
 * from both years' figures with the comparisons' rule (the published year just before only).
 */
describe('a chart across years', () => {
	const chartAcross = '  income: { type: donut, figures: [income.*] }';
	/** 2030's income chart as bars beside 2029's (income 70 % and 30 % there), 2029 edited by `edits2029`. */
	const across = (edits2029: [string, string][] = [], compare = '', renamed?: [string, string]) =>
		years(compare, [['value: 60', 'value: 70'], ['value: 40', 'value: 30'], ...edits2029], renamed, [
			replace('figures.yaml', chartAcross, '  income: { type: bar, figures: [income.*], previousYear: true }'),
		]);
	const t = { es: createTranslator('es'), en: createTranslator('en'), fr: createTranslator('fr') };
	/** A value's words as shown, with plain spaces (the page keeps a number and its unit together with no-break spaces). */
	const words = (v: string | { inYear: string }) => (typeof v === 'string' ? v : v.inYear).replace(/[\u00a0\u202f]/g, ' ');

	it('puts each category’s value of the year before beside this year’s, on one scale, worded in each language', () => {
		const { reports, errors } = across();
		expect(errors.map(formatProblem)).toEqual([]);
		const y2030 = reports.find((r) => r.year === 2030)!;
		expect(y2030.acrossYears.income!.rows.map((r) => [r.id, r.status, r.previous?.value])).toEqual([
			['income.grants', 'both', 70],
			['income.fees', 'both', 30],
		]);
		const es = buildChart(y2030, 'es', t.es, 'income');
		expect(es.across!.years).toEqual([2029, 2030]);
		expect(
			es.across!.rows.map((r) => [r.label, ...r.values.map((v) => (typeof v === 'string' ? v : `${words(v)} ${v.scale.toFixed(2)}`))]),
		).toEqual([
			['Subvenciones', '70 % en 2029 1.00', '60 % en 2030 0.86'],
			['Cuotas', '30 % en 2029 0.43', '40 % en 2030 0.57'],
		]);
		// Largest this year first, each category once, both years in it.
		expect(es.description.replace(/[\u00a0\u202f]/g, ' ')).toBe(
			'Subvenciones: 60 % en 2030, 70 % en 2029; Cuotas: 40 % en 2030, 30 % en 2029.',
		);
		expect(buildChart(y2030, 'en', t.en, 'income').across!.rows[0]!.values.map(words)).toEqual(['70% in 2029', '60% in 2030']);
		expect(buildChart(y2030, 'fr', t.fr, 'income').across!.rows[0]!.values.map(words)).toEqual(['70 % en 2029', '60 % en 2030']);
		// The first year has no year before: its chart is a chart of one year.
		expect(
			buildChart(
				reports.find((r) => r.year === 2029)!,
				'es',
				t.es,
				'income',
			).across,
		).toBeUndefined();
	});

	it('shows a category of one year only as such, and one declared not comparable without its value of the year before', () => {
		// 2029 called its fees «donations»: 2030's fees are new, 2029's donations are gone.
		const { reports, errors } = across([], '  notComparable: [income.grants]', ['income.fees', 'income.donations']);
		expect(errors.map(formatProblem)).toEqual([]);
		const es = buildChart(
			reports.find((r) => r.year === 2030)!,
			'es',
			t.es,
			'income',
		);
		expect(es.across!.rows.map((r) => [r.label, ...r.values.map(words)])).toEqual([
			['Subvenciones', 'no comparable con 2029', '60 % en 2030'],
			['Cuotas', 'sin dato en 2029', '40 % en 2030'],
			['Cuotas', '30 % en 2029', 'sin dato en 2030'],
		]);
		expect(es.across!.rows.map((r) => r.id)).toEqual(['income.grants', 'income.fees', 'income.donations']);
	});

	it('never sets a chart beside a draft year, or across a gap year', () => {
		const draft = across([['share: [team.staff]', 'share: [team.staff]\ndraft: true']]);
		expect(draft.errors.map(formatProblem)).toEqual([]);
		expect(draft.reports.find((r) => r.year === 2030)!.acrossYears).toEqual({});
		const gap = readReports(
			fixtureCopy([
				replace('figures.yaml', chartAcross, '  income: { type: bar, figures: [income.*], previousYear: true }'),
				{ write: '2028/figures.yaml', text: text('figures.yaml').replace('team.staff\n    value: 12', 'team.staff\n    value: 7') },
				...(['es', 'en', 'fr'] as const).map((l) => ({ write: `2028/${l}.mdx`, text: text(`${l}.mdx`) })),
			]),
		);
		expect(gap.errors.map(formatProblem)).toEqual([]);
		expect(gap.reports.find((r) => r.year === 2030)!.acrossYears).toEqual({});
	});

	it('refuses previousYear on a donut, with the line and what to do', () => {
		const { errors } = readReports(
			fixtureCopy([replace('figures.yaml', chartAcross, '  income: { type: donut, figures: [income.*], previousYear: true }')]),
		);
		expect(errors.map(formatProblem)).toEqual([
			`content/reports/2030/figures.yaml:37 › charts.income.previousYear: previousYear: true solo vale para un gráfico de barras (este es type: donut): dos donuts o dos barras 100 % lado a lado se comparan mal. Cambia a type: bar o quita previousYear`,
		]);
	});
});

/** `<Change id>`: the comparison inside a sentence, refused where it would have nothing honest to say. */
describe('a comparison in a sentence', () => {
	const sentence = 'Organizamos **<Fig id="events.total" /> eventos**';
	const withChange = replace('es.mdx', sentence, `${sentence} (<Change id="events.total" />)`);
	const inOtherLanguages = (['en', 'fr'] as const).map((l) =>
		replace(`${l}.mdx`, /(<Fig id="events\.total" \/>[^:]*)/, '$1 (<Change id="events.total" />)'),
	);
	const twoYears = (compare: string, edits2029: [string, string][] = []) => {
		const figures2029 = edits2029.reduce(
			(t, [from, to]) => t.replace(from, to),
			text('figures.yaml').replace('events.total\n    value: 8', 'events.total\n    value: 6'),
		);
		return readReports(
			fixtureCopy([
				withChange,
				...inOtherLanguages,
				...(compare ? [replace('figures.yaml', 'share: [team.staff]', `share: [team.staff]\ncompare:\n${compare}`)] : []),
				{ write: '2029/figures.yaml', text: figures2029.replace('events.online\n    value: 3', 'events.online\n    value: 1') },
				...(['es', 'en', 'fr'] as const).map((l) => ({ write: `2029/${l}.mdx`, text: text(`${l}.mdx`) })),
			]),
		);
	};

	it('says it in each language where compare: asks for it', () => {
		const { reports, errors } = twoYears('  change: [events.total]');
		expect(errors.map(formatProblem)).toEqual([]);
		expect(reports.find((r) => r.year === 2030)!.yearOverYear['events.total']).toEqual({
			kind: 'change',
			year: 2029,
			direction: 'up',
			percent: 33,
			about: false,
		});
		expect(reports.find((r) => r.year === 2030)!.pages.es.changes).toEqual([{ id: 'events.total', line: 25 }]);
	});

	it('is refused where compare: does not name the figure, where there is no year before, and where no honest comparison exists', () => {
		const undeclared = twoYears('');
		expect(undeclared.errors.map(formatProblem)).toContain(
			`content/reports/2030/es.mdx:25 › <Change id="events.total">: la cifra events.total no está en compare: de figures.yaml, así que no hay comparación que mostrar: añádela allí (change: en %, difference: en unidades) o quita este <Change id="events.total" />`,
		);
		const alone = readReports(
			fixtureCopy([
				withChange,
				...inOtherLanguages,
				replace('figures.yaml', 'share: [team.staff]', 'share: [team.staff]\ncompare:\n  change: [events.total]'),
			]),
		);
		expect(alone.errors.map(formatProblem)).toContain(
			`content/reports/2030/es.mdx:25 › <Change id="events.total">: no hay un informe 2029 publicado con el que comparar events.total, así que la frase quedaría sin su comparación: quita este <Change id="events.total" /> (o publica 2029)`,
		);
		// «More than 6» the year before says nothing certain about the change.
		const lowerBound = twoYears('  change: [events.total]', [
			['events.total\n    value: 6', 'events.total\n    value: 6\n    qualifier: moreThan'],
		]);
		expect(lowerBound.errors.map(formatProblem)).toContain(
			`content/reports/2030/es.mdx:25 › <Change id="events.total">: la cifra events.total no se puede comparar con la de 2029 sin inventar precisión (una de las dos es «más de…», o es de otro tipo o de otra moneda): quita este <Change id="events.total" /> de la frase`,
		);
	});
});
