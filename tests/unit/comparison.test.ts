import { describe, expect, it } from 'vitest';
import type { ReportFigure } from '../../src/content/model';
import { compareFigures, type CompareAs } from '../../src/content/comparison';
import { formatComparison, formatYearOverYear } from '../../src/format/comparison';
import { locales } from '../../src/i18n/config';
import { createTranslator } from '../../src/i18n/translate';

/**
 * A figure against the same figure the year before (issue 25): computed from the two values, worded in
 * each language, and never more precise than the figures are. Expected sentences are written out.
 */
const figure = (value: number, more: Partial<ReportFigure> = {}): ReportFigure => ({ value, kind: 'count', qualifier: 'exact', ...more });
const said = (now: ReportFigure, before: ReportFigure | undefined, as?: CompareAs) =>
	Object.fromEntries(
		locales.map((l) => {
			const c = compareFigures(now, before, 2021, as);
			return [l, c && formatComparison(c, now, l, createTranslator(l)).replace(/[\u00a0\u202f]/g, ' ')];
		}),
	);

describe('year over year', () => {
	it('a percentage change, worded in each language', () => {
		expect(said(figure(112), figure(100))).toEqual({
			es: 'un 12 % más que en 2021',
			en: 'up 12% on 2021',
			fr: 'en hausse de 12 % par rapport à 2021',
		});
		expect(said(figure(95), figure(100))).toEqual({
			es: 'un 5 % menos que en 2021',
			en: 'down 5% on 2021',
			fr: 'en baisse de 5 % par rapport à 2021',
		});
		expect(said(figure(3), figure(3))).toEqual({ es: 'como en 2021', en: 'as in 2021', fr: 'comme en 2021' });
	});

	it('a difference in the figure’s own unit, when asked for (and where a change from 0 cannot be a percentage)', () => {
		expect(said(figure(5), figure(3), 'difference')).toEqual({
			es: '2 más que en 2021',
			en: 'up 2 on 2021',
			fr: 'en hausse de 2 par rapport à 2021',
		});
		expect(said(figure(4), figure(0))).toEqual({
			es: '4 más que en 2021',
			en: 'up 4 on 2021',
			fr: 'en hausse de 4 par rapport à 2021',
		});
		const euros = (v: number) => figure(v, { kind: 'amount', currency: 'EUR' });
		expect(said(euros(2_530_000), euros(2_300_000), 'difference')).toEqual({
			es: '230.000 € más que en 2021',
			en: 'up €230,000 on 2021',
			fr: 'en hausse de 230 000 € par rapport à 2021',
		});
	});

	it('percentages compare in points, with the plural of each language', () => {
		const pct = (v: number) => figure(v, { kind: 'percent' });
		expect(said(pct(18), pct(16.8))).toEqual({
			es: '1,2 puntos más que en 2021',
			en: 'up 1.2 points on 2021',
			fr: 'en hausse de 1,2 point par rapport à 2021',
		});
		expect(said(pct(49), pct(50))).toEqual({
			es: '1 punto menos que en 2021',
			en: 'down 1 point on 2021',
			fr: 'en baisse de 1 point par rapport à 2021',
		});
	});

	it('no false precision: "+2,4 mil" against "+2,1 mil" is no comparison; rounded figures give a rounded change, said as about', () => {
		expect(said(figure(2400, { qualifier: 'moreThan' }), figure(2100, { qualifier: 'moreThan' }))).toEqual({
			es: undefined,
			en: undefined,
			fr: undefined,
		});
		expect(said(figure(2400, { qualifier: 'moreThan' }), figure(2100))).toEqual({
			es: 'más que en 2021',
			en: 'more than in 2021',
			fr: 'plus qu’en 2021',
		});
		expect(said(figure(2000, { qualifier: 'moreThan' }), figure(2100))).toEqual({ es: undefined, en: undefined, fr: undefined });
		expect(said(figure(2400, { qualifier: 'approximately' }), figure(2100))).toEqual({
			es: 'alrededor de un 14 % más que en 2021',
			en: 'up about 14% on 2021',
			fr: 'en hausse d’environ 14 % par rapport à 2021',
		});
		expect(said(figure(59, { kind: 'percent', qualifier: 'approximately' }), figure(56.6, { kind: 'percent' }))).toEqual({
			es: 'alrededor de 2 puntos más que en 2021',
			en: 'up about 2 points on 2021',
			fr: 'en hausse d’environ 2 points par rapport à 2021',
		});
		// Equal rounded figures do not say "as in": the real ones may differ.
		expect(compareFigures(figure(59, { qualifier: 'approximately' }), figure(59, { qualifier: 'approximately' }), 2021)).toBeUndefined();
	});

	it('small changes keep one decimal; nothing across kinds, currencies or ordinals', () => {
		expect(said(figure(1031), figure(1000)).en).toBe('up 3.1% on 2021');
		expect(compareFigures(figure(3), figure(3, { kind: 'percent' }), 2021)).toBeUndefined();
		expect(
			compareFigures(figure(3, { kind: 'amount', currency: 'EUR' }), figure(3, { kind: 'amount', currency: 'USD' }), 2021),
		).toBeUndefined();
		expect(compareFigures(figure(2, { kind: 'ordinal' }), figure(1, { kind: 'ordinal' }), 2021)).toBeUndefined();
		expect(compareFigures(figure(2), undefined, 2021)).toBeUndefined();
	});

	it('a figure new this year, or declared not comparable, says so in each language', () => {
		const words = (kind: 'new' | 'break') =>
			locales.map((l) => formatYearOverYear({ kind, year: 2021 }, figure(5), l, createTranslator(l)).replace(/[\u00a0\u202f]/g, ' '));
		expect(words('new')).toEqual(['no figuraba en el informe 2021', 'not in the 2021 report', 'absent du rapport 2021']);
		expect(words('break')).toEqual([
			'no se puede comparar con 2021: la cifra se cuenta de otra manera',
			'not comparable with 2021: the figure is counted another way',
			'non comparable à 2021 : le chiffre est compté autrement',
		]);
	});
});
