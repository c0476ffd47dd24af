import type { Figure } from '../content/figure';
import type { Report } from '../content/report';
import type { Locale } from '../i18n/config';
import type { Translate } from '../i18n/translate';

import type { Gender } from '../content/gender';

export type { Gender };

/** A figure as shown, and, where the short form hides something, as it should be read aloud. */
export interface Formatted {
	text: string;
	spoken?: string;
}

/** Ordinal suffixes: es "1.er congreso", "1.ª reunión"; fr "1er", "1re"; en "1st". */
function ordinal(n: number, locale: Locale, gender: Gender): string {
	if (locale === 'en') {
		const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' } as Record<string, string>;
		return `${n}${suffix[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)] ?? 'th'}`;
	}
	if (locale === 'fr') return n === 1 ? `1${gender === 'f' ? 're' : 'er'}` : `${n}e`;
	// Spanish drops the -o of primero/tercero before a masculine noun: "1.er congreso".
	if (gender === 'f') return `${n}.ª`;
	return n % 10 === 1 || n % 10 === 3 ? `${n}.er` : `${n}.º`;
}

/** The number alone, in the page's language. */
export function formatValue(
	f: Pick<Figure, 'value' | 'kind' | 'qualifier' | 'currency' | 'compact'>,
	locale: Locale,
	gender: Gender = 'm',
): string {
	// Short ("2,3 M €", "+2,4 mil") where content asks for it, or where the source rounded the figure.
	const short = (f.compact || f.qualifier !== 'exact') && Math.abs(f.value) >= 1000;
	switch (f.kind) {
		case 'percent':
			return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(f.value / 100);
		case 'ordinal':
			return ordinal(f.value, locale, gender);
		case 'amount':
			return new Intl.NumberFormat(locale, {
				style: 'currency',
				currency: f.currency ?? 'EUR',
				// Whole amounts without cents ("1.250.000 €"); cents only where the content has them.
				...(Number.isInteger(f.value) ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
				...(short ? { notation: 'compact', maximumFractionDigits: 1 } : {}),
			}).format(f.value);
		case 'count':
			return short
				? new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(f.value)
				: new Intl.NumberFormat(locale).format(f.value);
	}
}

/** The figure written out in full (no "K"): how it is read aloud. */
const full = (f: Figure, locale: Locale, gender: Gender) =>
	f.kind === 'count' || f.kind === 'amount'
		? formatValue({ ...f, qualifier: 'exact', compact: false }, locale, gender)
		: formatValue(f, locale, gender);

/** A figure with its qualifier: "+2,4 mil" (es), "2.4K+" (en), "+2,4 k" (fr), "≈59 %". */
export function formatFigure(f: Figure, locale: Locale, t: Translate, gender: Gender = 'm'): Formatted {
	const text = formatValue(f, locale, gender);
	if (f.qualifier === 'moreThan')
		return { text: locale === 'en' ? `${text}+` : `+${text}`, spoken: t('figure.moreThan', { value: full(f, locale, gender) }) };
	if (f.qualifier === 'approximately') return { text: `≈${text}`, spoken: t('figure.approximately', { value: full(f, locale, gender) }) };
	return text === full(f, locale, gender) ? { text } : { text, spoken: full(f, locale, gender) };
}

/** A report's figure as a page cites it: in the gender given, else in its label's ("1.ª reunión"). */
export const citedFigure = (report: Report, locale: Locale, t: Translate, id: string, gender?: Gender): Formatted =>
	formatFigure(report.figures[id]!, locale, t, gender ?? report.pages[locale].labels[id]?.gender);

/**
 * How long a shown figure is (its characters), for the size its group gives it (Stats.astro, Headline.astro): short ("17")
 * can be large; long ("+36,4 mil") sizes down to stay inside its card.
 */
export const figureLength = (characters: number) => (characters <= 4 ? 'short' : characters <= 7 ? 'medium' : 'long');
