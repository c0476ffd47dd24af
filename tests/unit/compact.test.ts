import { describe, expect, it } from 'vitest';
import { buildChart } from '../../src/charts/spec';
import { formatProblem } from '../../src/content/problems';
import { dataRows } from '../../src/data/open-data';
import { citedFigure } from '../../src/format/figures';
import { createTranslator } from '../../src/i18n/translate';
import { check, F, replace } from './fixture-year';

/**
 * Amounts that read like a report (issue 23): `compact: true` shows a figure short on the page
 * ("2,3 M €"), whatever its qualifier; tables, downloads and screen readers keep it exact.
 */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const budget2M = replace(
	'figures.yaml',
	'value: 250000\n    kind: amount\n    currency: EUR\n',
	'value: 2300000\n    kind: amount\n    currency: EUR\n    compact: true\n',
);

describe('compact figures', () => {
	it('the page shows it short with its full reading; the data keeps it exact', () => {
		const { errors, reports } = check('es', [budget2M]);
		expect(errors.map(formatProblem)).toEqual([]);
		const report = reports[0]!;
		const shown = citedFigure(report, 'es', createTranslator('es'), 'finance.budget');
		expect([plain(shown.text), plain(shown.spoken!)]).toEqual(['2,3 M €', '2.300.000 €']);
		const row = dataRows(report, 'en', createTranslator('en')).find((r) => r.id === 'finance.budget')!;
		expect([row.value, row.display]).toEqual([2300000, '€2.3M']);
	});

	it('a chart draws it short and its table gives it in full', () => {
		const { errors, reports } = check('es', [
			budget2M,
			replace('figures.yaml', 'charts:\n', 'charts:\n  budget: { type: bar, figures: [finance.budget, team.staff] }\n'),
			replace('es.mdx', '<Chart id="income">', '<Chart id="budget">Presupuesto</Chart>\n\n<Chart id="income">'),
			replace('en.mdx', '<Chart id="income">', '<Chart id="budget">Budget</Chart>\n\n<Chart id="income">'),
			replace('fr.mdx', '<Chart id="income">', '<Chart id="budget">Budget</Chart>\n\n<Chart id="income">'),
		]);
		expect(errors.map(formatProblem)).toEqual([]);
		const row = buildChart(reports[0]!, 'fr', createTranslator('fr'), 'budget').rows[0]!;
		expect([plain(row.text), plain(row.exact.text)]).toEqual(['2,3 M €', '2 300 000 €']);
	});

	it('is refused on a percentage or an ordinal, saying what to do', () => {
		const compactShare = replace('figures.yaml', 'value: 58\n    kind: percent\n', 'value: 58\n    kind: percent\n    compact: true\n');
		expect(check('es', [compactShare]).errors.map(formatProblem)).toEqual([
			`${F}:11 › figures.team.women.compact: solo una cantidad (kind: count) o un importe (kind: amount) se muestra abreviada («2,3 M €»); esta cifra es kind: percent: borra compact`,
		]);
		expect(check('en', [compactShare]).errors.map((e) => e.message)).toEqual([
			'only a count (kind: count) or an amount (kind: amount) can be shown short ("€2.3M"); this figure is kind: percent: delete compact',
		]);
	});
});
