import type { Report } from '../content/report';
import { locales, type Locale } from '../i18n/config';
import { createTranslator, type Translate } from '../i18n/translate';
import { csvCell, dataFields, dataRows } from './open-data';

/**
 * A figure's history (issue 25): every figure that appears in more than one published year, by its id,
 * with its value each year. One vocabulary with the year files: a row of the CSV is a row of that year's
 * `data.csv`, and the JSON's values carry the same fields. A year where the figure is of another kind than
 * in the latest year is left out of its history (it was another figure: the checks warn about it).
 */

/** The ids with a history, sorted; `reports` are the published years, in any order. */
export function seriesIds(reports: readonly Report[]): string[] {
	const newestFirst = [...reports].sort((a, b) => b.year - a.year);
	const ids = new Set(newestFirst.flatMap((r) => Object.keys(r.figures)));
	return [...ids].filter((id) => yearsOf(newestFirst, id).length > 1).sort();
}

/** The years with figure `id` of the same kind as in the newest of them, oldest first. */
function yearsOf(newestFirst: readonly Report[], id: string): Report[] {
	const kind = newestFirst.find((r) => r.figures[id])?.figures[id]?.kind;
	return newestFirst.filter((r) => r.figures[id]?.kind === kind).reverse();
}

/** The rows of a language's history CSV: each figure with a history, year by year. */
export function seriesRows(reports: readonly Report[], locale: Locale, t: Translate = createTranslator(locale)) {
	const newestFirst = [...reports].sort((a, b) => b.year - a.year);
	return seriesIds(reports).flatMap((id) => yearsOf(newestFirst, id).flatMap((r) => dataRows(r, locale, t, [id])));
}

/** `/<lang>/series.csv` (with a byte-order mark, for spreadsheets) and its Data Package copy (without). */
export function seriesCsv(reports: readonly Report[], locale: Locale, { bom = true } = {}): string {
	const rows = seriesRows(reports, locale).map((row) => dataFields.map((k) => csvCell(row[k])).join(','));
	return `${bom ? '\uFEFF' : ''}${[dataFields.join(','), ...rows].join('\r\n')}\r\n`;
}

/** `/data/series.json`: every figure with a history, its label in every language (the newest year's), its values by year. */
export function seriesJson(reports: readonly Report[]) {
	const newestFirst = [...reports].sort((a, b) => b.year - a.year);
	const rowsByLocale = Object.fromEntries(locales.map((l) => [l, seriesRows(reports, l)])) as Record<Locale, ReturnType<typeof seriesRows>>;
	const perLanguage = <T>(pick: (l: Locale) => T) => Object.fromEntries(locales.map((l) => [l, pick(l)])) as Record<Locale, T>;
	return {
		publisher: 'Metropolis',
		languages: [...locales],
		years: newestFirst.map((r) => r.year).reverse(),
		series: seriesIds(reports).map((id) => {
			const years = yearsOf(newestFirst, id);
			const latest = years.at(-1)!;
			const row = (l: Locale, year: number) => rowsByLocale[l].find((r) => r.id === id && r.year === year)!;
			return {
				id,
				kind: latest.figures[id]!.kind,
				...(latest.figures[id]!.currency ? { currency: latest.figures[id]!.currency } : {}),
				label: perLanguage((l) => latest.pages[l].labels[id]?.text ?? ''),
				values: years.map((r) => {
					const f = r.figures[id]!;
					return {
						year: r.year,
						value: f.value,
						qualifier: f.qualifier,
						section: String(row('es', r.year).section),
						display: perLanguage((l) => String(row(l, r.year).display)),
						...(r.compare.notComparable.includes(id) ? { comparable: false } : {}),
					};
				}),
			};
		}),
	};
}
