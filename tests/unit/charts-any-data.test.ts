import { describe, expect, it } from 'vitest';
import { buildChart } from '../../src/charts/spec';
import { palette } from '../../src/charts/palette';
import { formatProblem } from '../../src/content/problems';
import { createTranslator } from '../../src/i18n/translate';
import { check, F, replace, type Edit } from './fixture-year';

/**
 * Charts with other data than 2021's (issue 23): the fixture year's income donut (two categories)
 * given `n` categories that still add up to 100.
 */
function incomeIn(n: number): Edit[] {
	const extra = Array.from({ length: n - 2 }, (_, i) => `c${i + 1}`);
	const values = [100 - 5 * (n - 2) - 10, 10, ...extra.map(() => 5)];
	const items = ['grants', 'fees', ...extra].map((id, i) => `  - id: income.${id}\n    value: ${values[i]}\n    kind: percent\n`).join('');
	const labels = (word: string) => extra.map((id) => `  income.${id}: ${word} ${id}\n`).join('');
	return [
		replace('figures.yaml', /  - id: income\.grants\n(?:.*\n){2}  - id: income\.fees\n(?:.*\n){2}/, items),
		replace('es.mdx', /(  income\.fees: .*\n)/, `$1${labels('Fuente')}`),
		replace('en.mdx', /(  income\.fees: .*\n)/, `$1${labels('Source')}`),
		replace('fr.mdx', /(  income\.fees: .*\n)/, `$1${labels('Source')}`),
	];
}

describe('charts with any number of categories', () => {
	it(`a donut of up to ${palette.length} categories gives each its own colour, silently`, () => {
		const { errors, warnings, reports } = check('es', incomeIn(palette.length));
		expect([...errors, ...warnings].map(formatProblem)).toEqual([]);
		const series = buildChart(reports[0]!, 'es', createTranslator('es'), 'income').rows.map((r) => r.series);
		expect(new Set(series).size).toBe(palette.length);
	});

	it('a donut of more categories than colours is published with a warning that says what to do', () => {
		const { errors, warnings, reports } = check('es', incomeIn(9));
		expect(errors.map(formatProblem)).toEqual([]);
		expect(reports).toHaveLength(1);
		expect(warnings.map(formatProblem)).toEqual([
			`${F}:58 › charts.income.figures: tiene 9 categorías y solo hay 6 colores que se distinguen bien: dos partes tendrían el mismo color. Agrupa las más pequeñas en una cifra «Otras» (con derived: { sum: […] }) o usa type: bar, que muestra cualquier número de categorías`,
		]);
		expect(check('en', incomeIn(12)).warnings.map((w) => w.message)).toEqual([
			expect.stringMatching(/^has 12 categories and there are only 6 colours/),
		]);
	});

	it('a bar chart of a dozen categories needs no colours: no warning', () => {
		const bars = [...incomeIn(12), replace('figures.yaml', 'income: { type: donut,', 'income: { type: bar,')];
		expect(check('es', bars).warnings.map(formatProblem)).toEqual([]);
	});
});
