import type { Comparison } from '../content/comparison';
import type { ReportFigure, YearOverYear } from '../content/model';
import type { Locale } from '../i18n/config';
import type { Translate, UiKey } from '../i18n/translate';
import { formatValue } from './figures';

/** What a figure says against the year before, in words: a comparison, new this year, or not comparable. */
export function formatYearOverYear(y: YearOverYear, current: ReportFigure, locale: Locale, t: Translate): string {
	return 'direction' in y || y.kind === 'same' || y.kind === 'more'
		? formatComparison(y, current, locale, t)
		: t(`compare.${y.kind}`, { year: y.year });
}

/** The comparison in words, in the page's language: "un 12 % más que en 2021", "up 12% on 2021". */
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
