import type { ReportFigure } from '../content/model';
import type { Locale } from '../i18n/config';
import type { Translate, UiKey } from '../i18n/translate';
import { formatValue } from './figures';

/**
 * A figure against the same figure (same id) in the previous published year, computed, never typed
 * (issue 25). Honest about what is known: figures of another kind or currency, ordinals, and a previous
 * figure that is only a lower bound ("+2,1 mil") are not compared; where either figure is rounded
 * ("≈59 %"), the change is rounded and said to be about; where this year's figure is a lower bound
 * above last year's, only the direction is said ("more than in 2021").
 */
export type Comparison = { year: number } & (
	| { kind: 'same' }
	| { kind: 'more' }
	| { kind: 'change'; direction: 'up' | 'down'; percent: number; about: boolean }
	| { kind: 'points'; direction: 'up' | 'down'; points: number; about: boolean }
	| { kind: 'difference'; direction: 'up' | 'down'; difference: number; about: boolean }
);

/** `change`: a percentage change (percentage points for a percentage); `difference`: in the figure's own unit. */
export type CompareAs = 'change' | 'difference';

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

export function compareFigures(current: ReportFigure, previous: ReportFigure | undefined, year: number, as: CompareAs = 'change'): Comparison | undefined {
	if (!previous || previous.kind !== current.kind || previous.currency !== current.currency || current.kind === 'ordinal') return undefined;
	// A lower bound last year ("more than 2,100") says nothing certain about the change.
	if (previous.qualifier === 'moreThan') return undefined;
	if (current.qualifier === 'moreThan')
		return previous.qualifier === 'exact' && current.value >= previous.value ? { year, kind: current.value > previous.value ? 'more' : 'same' } : undefined;
	const about = current.qualifier === 'approximately' || previous.qualifier === 'approximately';
	const delta = current.value - previous.value;
	if (delta === 0) return about ? undefined : { year, kind: 'same' };
	const direction = delta > 0 ? 'up' : 'down';
	if (current.kind === 'percent') return { year, kind: 'points', direction, points: round(Math.abs(delta), about ? 0 : 1), about };
	if (as === 'change' && previous.value !== 0) {
		const percent = (Math.abs(delta) / previous.value) * 100;
		return { year, kind: 'change', direction, percent: round(percent, about || percent >= 10 ? 0 : 1), about };
	}
	return { year, kind: 'difference', direction, difference: Math.abs(delta), about };
}

/** The comparison in words, in the page's language: "aumentó un 12 % respecto a 2021", "up 12% on 2021". */
export function formatComparison(c: Comparison, current: ReportFigure, locale: Locale, t: Translate): string {
	const year = c.year;
	if (c.kind === 'same') return t('compare.same', { year });
	if (c.kind === 'more') return t('compare.more', { year });
	const key = `compare.${c.kind}.${c.direction}${c.about ? '.about' : ''}`;
	if (c.kind === 'change') {
		const value = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(c.percent / 100);
		return t(key as UiKey, { value, year });
	}
	if (c.kind === 'points') {
		const value = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(c.points);
		return t(key as UiKey, { value, year, count: c.points });
	}
	return t(key as UiKey, { value: formatValue({ ...current, value: c.difference, qualifier: 'exact' }, locale), year });
}
