import { kinds, qualifiers } from '../content/figure';
import type { Report } from '../content/report';
import { buildChart } from '../charts/spec';
import { citedFigure, formatFigure } from '../format/figures';
import { figureSections, headlineId } from '../format/footnotes';
import { renderPlain } from '../format/inline';
import { locales, type Locale } from '../i18n/config';
import { createTranslator, type Translate } from '../i18n/translate';
import { csvFile, packageFolder } from '../routes/paths';

/**
 * Open data: a report's figures as CSV per language (whole report and per chart), one JSON with
 * every language, and a Frictionless Data Package per language describing the CSVs. All come
 * from the validated content, and all use one vocabulary: the same field names, and the same
 * codes for kind and qualifier as figures.yaml.
 */

/** The columns of every CSV, in order; the same names are the keys of the JSON's figures. */
export const dataFields = [
	'year',
	'id',
	'section',
	'section_title',
	'label',
	'value',
	'kind',
	'qualifier',
	'currency',
	'derived',
	'display',
	'source',
] as const;
export type DataField = (typeof dataFields)[number];

/** Frictionless types of the fields, and the codes a field may hold. */
const fieldTypes: Record<DataField, { type: 'integer' | 'string' | 'number' | 'boolean'; enum?: string[]; required?: true }> = {
	year: { type: 'integer', required: true },
	id: { type: 'string', required: true },
	section: { type: 'string' },
	section_title: { type: 'string' },
	label: { type: 'string' },
	value: { type: 'number', required: true },
	kind: { type: 'string', enum: [...kinds], required: true },
	qualifier: { type: 'string', enum: [...qualifiers], required: true },
	currency: { type: 'string' },
	derived: { type: 'boolean', required: true },
	display: { type: 'string' },
	source: { type: 'string' },
};

/** Where the pages of a report are, per language (the site's address is known only to the build). */
export type PageUrl = (locale: Locale) => string;

/** Every figure id in the order the Spanish page shows them, then those no page shows; with its section. */
function figureOrder(report: Report): { id: string; section: string }[] {
	const sectionOf = new Map<string, string>();
	for (const s of figureSections(report, 'es')) for (const id of s.figures) if (!sectionOf.has(id)) sectionOf.set(id, s.id);
	const ids = [...sectionOf.keys(), ...Object.keys(report.figures).filter((id) => !sectionOf.has(id))];
	return ids.map((id) => ({ id, section: sectionOf.get(id) ?? '' }));
}

/** Where a figure comes from: its own source, else the year's; none for a computed figure without one. */
const sourceOf = (report: Report, id: string) => report.figures[id]!.source ?? (report.figures[id]!.derived ? '' : (report.source ?? ''));

/** The language-bound fields of a figure: its section's title, its label, how it is shown. */
function wordsOf(report: Report, locale: Locale, t: Translate, id: string, section: string) {
	const page = report.pages[locale];
	return {
		section_title:
			section === headlineId ? (page.hero.headline ?? t('headline.title')) : (page.sections.find((s) => s.id === section)?.title ?? ''),
		label: page.labels[id]?.text ?? '',
		display: citedFigure(report, locale, t, id).text,
	};
}

type DataRow = Record<DataField, string | number | boolean>;
/** A row with the data files' fields, in their order. */
const toRow = (row: DataRow): DataRow => Object.fromEntries(dataFields.map((k) => [k, row[k]])) as DataRow;

/** The rows of a language's CSV: every figure, or those of `ids` (a chart's), in page order. */
export function dataRows(report: Report, locale: Locale, t: Translate, ids?: readonly string[]): DataRow[] {
	return figureOrder(report)
		.filter(({ id }) => !ids || ids.includes(id))
		.map(({ id, section }) => {
			const f = report.figures[id]!;
			return toRow({
				year: report.year,
				id,
				section,
				...wordsOf(report, locale, t, id, section),
				value: f.value,
				kind: f.kind,
				qualifier: f.qualifier,
				currency: f.currency ?? '',
				derived: Boolean(f.derived),
				source: sourceOf(report, id),
			});
		});
}

/**
 * A chart across years holds the year before too: its figures that year (where there is one to compare),
 * as rows of that year, in the chart's order, after this year's.
 */
function yearBeforeRows(report: Report, locale: Locale, t: Translate, chart: string): DataRow[] {
	const across = report.acrossYears[chart];
	if (!across) return [];
	const page = report.pages[locale];
	const section = page.charts.find((c) => c.id === chart)?.section ?? '';
	return across.rows.flatMap(({ id, previous, labels }) => {
		if (!previous) return [];
		return toRow({
			year: across.year,
			id,
			section,
			section_title: page.sections.find((s) => s.id === section)?.title ?? '',
			// A category of that year only has that year's label.
			label: labels?.[locale] ?? page.labels[id]?.text ?? '',
			value: previous.value,
			kind: previous.kind,
			qualifier: previous.qualifier,
			currency: previous.currency ?? '',
			derived: Boolean(previous.derived),
			display: formatFigure(previous, locale, t).text,
			source: previous.source ?? '',
		});
	});
}

/**
 * A text a spreadsheet would take for a formula: it starts, after any spaces, with =, +, -, @ (or their
 * full-width forms), or with a tab or a line break (OWASP, "CSV Injection"). `+2,4 mil` is one.
 */
const formulaStart = /^[\s\u0000-\u001f]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

/**
 * One CSV cell. A text a spreadsheet would run as a formula gets a leading apostrophe, which makes it
 * plain text in Excel and LibreOffice, and is quoted; numbers and booleans are written as they are.
 */
export function csvCell(v: string | number | boolean): string {
	if (typeof v !== 'string') return String(v);
	const s = formulaStart.test(v) ? `'${v}` : v;
	return s !== v || /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV, comma-separated, CRLF lines, in UTF-8: with a byte-order mark for people (`bom`: spreadsheet
 * programs then show accents), without one for the Data Package (Frictionless tools read the header
 * as `\uFEFFyear` otherwise).
 */
export function reportCsv(
	report: Report,
	locale: Locale,
	t: Translate,
	ids?: readonly string[],
	{ bom = true, chart }: { bom?: boolean; chart?: string | undefined } = {},
): string {
	const all = [...dataRows(report, locale, t, ids), ...(chart ? yearBeforeRows(report, locale, t, chart) : [])];
	const rows = all.map((row) => dataFields.map((k) => csvCell(row[k])).join(','));
	return `${bom ? '\uFEFF' : ''}${[dataFields.join(','), ...rows].join('\r\n')}\r\n`;
}

/** The CSV files of a report page: every figure (`data.csv`), and one per chart (`data-<chart>.csv`). */
export const csvFiles = (report: Report) => [
	{ file: 'data.csv', chart: undefined, ids: undefined },
	...report.charts.map((c) => ({ file: csvFile(c.id), chart: c.id, ids: c.total ? [...c.figures, c.total] : c.figures })),
];
const perLanguage = <T>(make: (locale: Locale, t: Translate) => T) =>
	Object.fromEntries(locales.map((l) => [l, make(l, createTranslator(l))])) as Record<Locale, T>;

const titleOf = (report: Report, locale: Locale, t: Translate) => renderPlain(report.pages[locale].title, report, locale, t);

/** The licence as Metropolis set it in figures.yaml; nothing when it is not set (never assumed). */
const licences = (report: Report) =>
	report.licence ? [{ name: report.licence.name, path: report.licence.url, title: report.licence.name }] : undefined;

/** `/data/<year>.json`: every figure once, with its words in every language, and the report's metadata. */
export function reportJson(report: Report, pageUrl: PageUrl) {
	return {
		title: perLanguage((l, t) => titleOf(report, l, t)),
		publisher: 'Metropolis',
		year: report.year,
		languages: [...locales],
		source: perLanguage((l) => pageUrl(l)),
		...(report.licence ? { licenses: licences(report) } : {}),
		fields: perLanguage((_, t) => Object.fromEntries(dataFields.map((k) => [k, t(`data.field.${k}`)]))),
		figures: figureOrder(report).map(({ id, section }) => {
			const f = report.figures[id]!;
			const words = perLanguage((l, t) => wordsOf(report, l, t, id, section));
			const source = sourceOf(report, id);
			return {
				id,
				section,
				section_title: perLanguage((l) => words[l].section_title),
				label: perLanguage((l) => words[l].label),
				value: f.value,
				kind: f.kind,
				qualifier: f.qualifier,
				...(f.currency ? { currency: f.currency } : {}),
				derived: Boolean(f.derived),
				display: perLanguage((l) => words[l].display),
				...(source ? { source } : {}),
				...(f.checked ? { checked: f.checked } : {}),
			};
		}),
	};
}

/**
 * `/<lang>/<year>/datapackage.json`: a Frictionless (Tabular) Data Package describing that
 * language's CSVs: their fields and types, where they come from, and the licence when set.
 */
export function dataPackage(report: Report, locale: Locale, t: Translate, pageUrl: PageUrl) {
	const fields = dataFields.map((name) => {
		const { required, enum: codes, ...type } = fieldTypes[name];
		return {
			name,
			...type,
			title: name,
			description: t(`data.field.${name}`),
			...(type.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
			...(required || codes ? { constraints: { ...(required ? { required } : {}), ...(codes ? { enum: codes } : {}) } } : {}),
		};
	});
	const title = titleOf(report, locale, t);
	return {
		profile: 'tabular-data-package',
		name: `metropolis-annual-report-${report.year}-${locale}`,
		title,
		description: t('data.packageDescription', { year: report.year }),
		homepage: pageUrl(locale),
		language: locale,
		...(report.licence ? { licenses: licences(report) } : {}),
		sources: [{ title, path: pageUrl(locale) }],
		resources: csvFiles(report).map(({ file, chart }) => ({
			profile: 'tabular-data-resource',
			name: file.replace(/\.csv$/, ''),
			path: `${packageFolder}${file}`,
			title: chart ? buildChart(report, locale, t, chart).caption : t('data.allFigures'),
			format: 'csv',
			mediatype: 'text/csv',
			encoding: 'utf-8',
			dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
			schema: { fields, primaryKey: ['id'] },
		})),
	};
}
