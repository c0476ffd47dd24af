import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/problems';
import { dataRows, reportJson } from '../../src/data/open-data';
import { createTranslator } from '../../src/i18n/translate';
import { check, F, replace } from './fixture-year';

/**
 * Where a number came from (issue 23): a figure names its source, or the year does for all of them; a
 * published year with figures that no source backs gets a warning; a figure can say when it was checked;
 * the downloads carry the source. The fixture year (tests/fixtures/valid/2030/) ends with a year source.
 */
const noYearSource = replace('figures.yaml', /\n# Where the figures come from[^\n]*\nsource: [^\n]*\n/, '\n');

describe('where a number came from', () => {
	it('warns, for a published year, which figures no source backs, and where to write one', () => {
		const { errors, warnings, reports } = check('es', [noYearSource]);
		expect(errors.map(formatProblem)).toEqual([]);
		expect(reports).toHaveLength(1);
		expect(warnings.map(formatProblem)).toEqual([
			`${F}:3 › figures: 8 cifras no dicen de dónde vienen (team.staff, team.interns, team.women, income.grants, income.fees, …): escribe su fuente (source: en cada cifra) o la del año entero (source: arriba, bajo draft:), para que se puedan comprobar`,
		]);
		// finance.budget names its own source: it is not listed.
		expect(warnings[0]!.message).not.toContain('finance.budget');
	});

	it('in English too, and not for a draft, which nobody reads yet', () => {
		expect(check('en', [noYearSource]).warnings.map((w) => w.message)).toEqual([
			expect.stringMatching(/^8 figures do not say where they come from \(team\.staff, /),
		]);
		expect(
			check('es', [noYearSource, replace('figures.yaml', 'figures:\n', 'draft: true\nfigures:\n')]).warnings.filter((w) =>
				w.message.includes('de dónde'),
			),
		).toEqual([]);
	});

	it('accepts a day the figure was checked, and refuses what is not a date, saying how to write one', () => {
		const checkedOn = (day: string) =>
			replace('figures.yaml', 'source: Cuentas de prueba\n', `source: Cuentas de prueba\n    checked: ${day}\n`);
		const good = check('es', [checkedOn('2031-03-15')]);
		expect(good.errors.map(formatProblem)).toEqual([]);
		expect(good.reports[0]!.figures['finance.budget']!.checked).toBe('2031-03-15');
		for (const bad of ['2031-13-01', '15/03/2031', 'ayer'])
			expect(check('es', [checkedOn(bad)]).errors.map(formatProblem)).toEqual([
				expect.stringMatching(
					new RegExp(
						`^${F}:28 › figures\\.finance\\.budget\\.checked: no es una fecha \\(pone .*\\): escribe el día en que se comprobó la cifra con su fuente, como 2022-03-15 \\(año-mes-día\\)$`,
					),
				),
			]);
	});

	it('the downloads give each figure its own source, else the year’s, and the day it was checked', () => {
		const { reports } = check('es', [
			replace('figures.yaml', 'source: Cuentas de prueba\n', 'source: Cuentas de prueba\n    checked: 2031-03-15\n'),
		]);
		const report = reports[0]!;
		const rows = new Map(dataRows(report, 'fr', createTranslator('fr')).map((r) => [r.id, r]));
		expect(rows.get('finance.budget')!.source).toBe('Cuentas de prueba');
		expect(rows.get('team.staff')!.source).toBe('Fixture figures for 2030, written for the tests');
		const json = reportJson(report, (l) => `https://example.org/${l}/2030/`);
		const budget = json.figures.find((f) => f.id === 'finance.budget')!;
		expect([budget.source, budget.checked]).toEqual(['Cuentas de prueba', '2031-03-15']);
		expect(json.figures.find((f) => f.id === 'team.staff')!.checked).toBeUndefined();
	});
});
