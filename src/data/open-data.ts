import type { Report } from '../content/report';
import { figureIdsOf, sectionIds, type SectionId } from '../content/sections';
import { labelOf } from '../content/text-schema';
import { placeholderPattern } from '../content/report';
import { formatFigure } from '../format/figures';
import { renderPlain } from '../format/inline';
import type { Locale } from '../i18n/config';
import type { Translate } from '../i18n/translate';

/**
 * Open data: a report's figures as JSON (language-neutral ids, values, qualifiers) and as CSV per
 * language (localized labels). Both come from the validated content, so they are never out of date.
 */
export interface DataRow {
	id: string;
	section: SectionId;
	value: number;
	kind: string;
	qualifier: string;
	derived: boolean;
	source?: string;
}

export function dataRows(report: Report, only?: SectionId): DataRow[] {
	return sectionIds
		.filter((s) => !only || s === only)
		.flatMap((section) =>
			figureIdsOf(section, report.figures).map((id) => {
				const f = report.figures[id]!;
				return { id, section, value: f.value, kind: f.kind, qualifier: f.qualifier, derived: Boolean(f.derived), ...(f.source ? { source: f.source } : {}) };
			}),
		);
}

export const reportJson = (report: Report) => ({
	report: 'Metropolis annual report',
	year: report.year,
	languages: Object.keys(report.text),
	note: 'Values as published. qualifier: exact | moreThan (the source shows "+") | approximately. kind: count | percent (0-100) | ordinal. derived: computed from other figures.',
	figures: dataRows(report),
});

/** The words that describe a figure in a language: its label, or the sentence that cites it. */
export function figureLabel(report: Report, locale: Locale, t: Translate, id: string): string {
	const text = report.text[locale];
	if (text.labels[id]) return labelOf(text, id);
	const strings = [...Object.values(text.items).flat(), ...Object.values(text.sections).map((s) => s.note ?? '')];
	const sentence = strings.find((s) => [...s.matchAll(placeholderPattern)].some((m) => m[1] === id));
	return sentence ? renderPlain(sentence, report.figures, locale, t) : id;
}

const csvCell = (v: string | number) => {
	const s = String(v);
	return /[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV in UTF-8 with a BOM, so spreadsheet programs show accents; a header row in the page language. */
export function reportCsv(report: Report, locale: Locale, t: Translate, only?: SectionId): string {
	const header = [t('data.id'), t('data.section'), t('data.label'), t('data.value'), t('data.unit'), t('data.qualifier'), t('data.shown')];
	const rows = dataRows(report, only).map((r) => [
		r.id,
		t(`nav.${r.section}`),
		figureLabel(report, locale, t, r.id),
		r.value,
		t(`data.kind.${r.kind as 'count'}`),
		t(`data.qualifier.${r.qualifier as 'exact'}`),
		formatFigure(report.figures[r.id]!, locale, t).text,
	]);
	return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The data sets of a report page: all figures, and one per section that has a chart. */
export const dataSets = ['all', 'team', 'funding', 'alliances', 'parity'] as const;
export type DataSet = (typeof dataSets)[number];
export const csvFile = (set: DataSet) => (set === 'all' ? 'data.csv' : `data-${set}.csv`);

/** The PDF of a report in a language, written next to its page by `npm run pdf`. */
export const pdfFile = (year: number, locale: Locale) => `metropolis-${year}-${locale}.pdf`;
