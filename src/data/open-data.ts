import type { Report } from '../content/report';
import { segmentsText } from '../content/page';
import { figureText } from '../charts/spec';
import { formatFigure } from '../format/figures';
import type { Locale } from '../i18n/config';
import type { Translate } from '../i18n/translate';

/**
 * Open data: a report's figures as JSON (language-neutral ids, values, qualifiers) and as CSV per
 * language (localized labels), for the whole report and per chart. Both come from the validated
 * content, so they are never out of date.
 */
export interface DataRow {
	id: string;
	/** The section that first shows the figure (Spanish page order); empty for a figure no page shows. */
	section: string;
	value: number;
	kind: string;
	qualifier: string;
	currency?: string;
	derived: boolean;
	source?: string;
}

/** Every figure, in the order the page shows them; `ids` limits the rows to those figures. */
export function dataRows(report: Report, ids?: readonly string[]): DataRow[] {
	const sectionOf = new Map<string, string>();
	for (const s of report.pages.es.sections) for (const id of s.figures) if (!sectionOf.has(id)) sectionOf.set(id, s.id);
	const order = [...sectionOf.keys(), ...Object.keys(report.figures).filter((id) => !sectionOf.has(id))];
	return order
		.filter((id) => !ids || ids.includes(id))
		.map((id) => {
			const f = report.figures[id]!;
			return {
				id,
				section: sectionOf.get(id) ?? '',
				value: f.value,
				kind: f.kind,
				qualifier: f.qualifier,
				...(f.currency ? { currency: f.currency } : {}),
				derived: Boolean(f.derived),
				...(f.source ? { source: f.source } : {}),
			};
		});
}

export const reportJson = (report: Report) => ({
	report: 'Metropolis annual report',
	year: report.year,
	languages: Object.keys(report.pages),
	note: 'Values as published. qualifier: exact | moreThan (the source shows "+") | approximately. kind: count | percent (0-100) | ordinal | amount (with currency). derived: computed from other figures.',
	figures: dataRows(report),
});

/** The words that describe a figure in a language: its label, or the sentence that cites it. */
export function figureLabel(report: Report, locale: Locale, t: Translate, id: string): string {
	const page = report.pages[locale];
	if (page.labels[id]) return page.labels[id].text;
	const context = page.contexts[id];
	return context ? segmentsText(context, figureText(report, locale, t)) : id;
}

const csvCell = (v: string | number) => {
	const s = String(v);
	return /[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV in UTF-8 with a BOM, so spreadsheet programs show accents; a header row in the page language. */
export function reportCsv(report: Report, locale: Locale, t: Translate, ids?: readonly string[]): string {
	const sections = report.pages[locale].sections;
	const header = [t('data.id'), t('data.section'), t('data.label'), t('data.value'), t('data.unit'), t('data.qualifier'), t('data.shown')];
	const rows = dataRows(report, ids).map((r) => [
		r.id,
		sections.find((s) => s.id === r.section)?.nav ?? '',
		figureLabel(report, locale, t, r.id),
		r.value,
		r.currency ?? t(`data.kind.${r.kind as 'count'}`),
		t(`data.qualifier.${r.qualifier as 'exact'}`),
		formatFigure(report.figures[r.id]!, locale, t).text,
	]);
	return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The CSV files of a report page: every figure (`data.csv`), and one per chart (`data-<chart>.csv`). */
export const csvFiles = (report: Report) => [
	{ file: 'data.csv', ids: undefined },
	...report.charts.map((c) => ({ file: csvFile(c.id), ids: c.total ? [...c.figures, c.total] : c.figures })),
];
export const csvFile = (chart?: string) => (chart ? `data-${chart}.csv` : 'data.csv');

/** The PDF of a report in a language, written next to its page by `npm run pdf`. */
export const pdfFile = (year: number, locale: Locale) => `metropolis-${year}-${locale}.pdf`;
