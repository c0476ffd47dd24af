import type { Gender } from '../content/gender';
import type { Report } from '../content/report';
import type { ReportFigure } from '../content/model';
import { segmentsText } from '../content/page';
import { citedFigure, formatFigure, type Formatted } from '../format/figures';
import { renderPlain } from '../format/inline';
import type { Locale } from '../i18n/config';
import type { Translate } from '../i18n/translate';
import { seriesOf } from './palette';

/**
 * The chart model: one chart in one language, everything its three pictures draw from, so they cannot
 * disagree. Chart.astro draws it as HTML and SVG (the picture without JavaScript, the legend, the table),
 * src/scripts/chart-render.ts with Chart.js in the browser (from `chartData`), src/share/chart-image.ts
 * as the SVG and PNG files. Each keeps only what its medium needs (sizes, fonts, where colours come from:
 * the page's CSS custom properties, or the light palette of ./palette.ts for the files).
 */

/** One row of a chart: a figure with its label, formatted for the page's language. */
export interface ChartRow {
	id: string;
	label: string;
	value: number;
	/** As shown ("≈59 %"). */
	text: string;
	/** As read aloud ("aproximadamente 59 %"). */
	spoken: string;
	/** As the table gives it: in full where the page shows it short (`compact: true`). */
	exact: Formatted;
	/** Its colour: `--series-<n>` of the page's scheme, `palettes[scheme][n]` (./palette.ts). */
	series: number;
	/** Its value as a fraction of the largest row's: a bar's length. */
	scale: number;
	/** Its part of the rows' sum, in % of the whole: a donut's arc or a 100 % bar's segment, from `offset`, `length` long. */
	share: { offset: number; length: number };
}

/** A figure's value in one year of a chart across years, formatted for the page's language. */
export interface YearValue {
	value: number;
	text: string;
	spoken: string;
	exact: Formatted;
	/** As shown beside its bar, with its year («2,4 mil en 2022»): the year is said, not only coloured. */
	inYear: string;
	/** Its value as a fraction of the largest of both years: a bar's length. */
	scale: number;
}

/** A category of a chart across years: its value in each year, or the words that say why there is none. */
export interface AcrossRow {
	id: string;
	label: string;
	/** The year before, then this year: a value, or why there is none («sin dato en 2021», «no comparable con 2021»). */
	values: [YearValue | string, YearValue | string];
}

export interface ChartSpec {
	/** The chart's id in figures.yaml (`team`); its anchor on the page is `team-chart`. */
	id: string;
	anchor: string;
	/** The section the chart is placed in, in this language. */
	section?: string | undefined;
	/** Chart.js type: donuts are doughnuts there; `stacked` is one 100 % bar. */
	type: 'doughnut' | 'bar' | 'stacked';
	caption: string;
	/** What it measures, of whom, when (GOV.UK's statistical subtitle), as staff wrote it, the year in place of `{{year}}` (renderPlain). */
	subtitle?: string | undefined;
	/** The values in words, largest first: the chart's accessible description. */
	description: string;
	/** The caption, the subtitle, then the description (an embed page's meta description, the image's description). */
	summary: string;
	/** In the order figures.yaml declares them. */
	rows: ChartRow[];
	/** Closing lines under the table: the sum of the rows and the total they should reach. */
	footer?: { label: string; text: string }[];
	/** A bar chart across years (`previousYear: true`, with a year before): the year before, then this year, per category. */
	across?: { years: [number, number]; rows: AcrossRow[] };
}

/** The text of a figure in a language (for captions and sentences as plain text). */
export const figureText = (report: Report, locale: Locale, t: Translate) => (id: string, gender?: Gender) =>
	citedFigure(report, locale, t, id, gender).text;

/** Everything the page needs to draw and describe one chart, in one language. */
export function buildChart(report: Report, locale: Locale, t: Translate, id: string): ChartSpec {
	const declared = report.charts.find((c) => c.id === id)!;
	const page = report.pages[locale];
	const placed = page.charts.find((c) => c.id === id);
	const label = (fid: string) => page.labels[fid]?.text ?? fid;
	const values = declared.figures.map((fid) => report.figures[fid]!.value);
	const max = Math.max(...values, 1);
	const shares = donutArcs(values);
	const rows = declared.figures.map((fid, i): ChartRow => {
		const value = values[i]!;
		return {
			id: fid,
			label: label(fid),
			value,
			...readings(report.figures[fid]!, locale, t),
			series: seriesOf(declared.type, i),
			scale: value / max,
			share: shares[i]!,
		};
	});
	const caption = placed ? segmentsText(placed.caption, figureText(report, locale, t)) : id;
	const across = acrossRows(report, locale, t, id, label);
	// What the chart shows, largest first, in words: its description for screen readers (its name is its caption).
	const description = across?.description ?? oneYearDescription(rows, locale, t);
	// Plain words and {{year}}, as the data block's short texts (the check refuses a figure there).
	const subtitle = placed?.subtitle && renderPlain(placed.subtitle, report, locale, t);
	const summary = [...[caption, subtitle].flatMap((p) => (p ? [p.replace(/\.\s*$/, '')] : [])), description].join('. ');
	const total = declared.total;
	const sum = values.reduce((a, v) => a + v, 0);
	const footer = total
		? [
				{
					label: t('chart.sum'),
					text: formatFigure({ ...report.figures[declared.figures[0]!]!, value: sum, compact: false }, locale, t).text,
				},
				{ label: label(total), text: formatFigure({ ...report.figures[total]!, compact: false }, locale, t).text },
			]
		: undefined;
	return {
		id,
		anchor: `${id}-chart`,
		section: placed?.section,
		type: declared.type === 'donut' ? 'doughnut' : declared.type,
		caption,
		subtitle,
		description,
		summary,
		rows,
		...(footer ? { footer } : {}),
		...(across ? { across: { years: across.years, rows: across.rows } } : {}),
	};
}

/** A figure as a chart shows it, reads it aloud and tables it (in full where the page shows it short). */
function readings(f: ReportFigure, locale: Locale, t: Translate): Pick<ChartRow, 'text' | 'spoken' | 'exact'> {
	const shown = formatFigure(f, locale, t);
	return { text: shown.text, spoken: shown.spoken ?? shown.text, exact: formatFigure({ ...f, compact: false }, locale, t) };
}

/** A one-year chart's values in words, largest first: "Profesionales: 17 y Estudiantes en prácticas: 7." */
function oneYearDescription(rows: ChartRow[], locale: Locale, t: Translate): string {
	const list = new Intl.ListFormat(locale, { type: 'unit', style: 'long' });
	return `${list.format([...rows].sort((a, b) => b.value - a.value).map((r) => t('chart.pair', { label: r.label, value: r.spoken })))}.`;
}

/**
 * The rows of a chart across years, from the report's `acrossYears` (read.ts): both years' values on one
 * scale, and where one is missing, the words that say so; the description names each category once, with
 * both years ("Participantes: 2400 en 2022, 2100 en 2021"), largest this year first.
 */
function acrossRows(report: Report, locale: Locale, t: Translate, id: string, label: (fid: string) => string) {
	const across = report.acrossYears[id];
	if (!across) return undefined;
	const years: [number, number] = [across.year, report.year];
	const max = Math.max(...across.rows.flatMap((r) => [r.previous?.value ?? 0, r.status === 'gone' ? 0 : report.figures[r.id]!.value]), 1);
	const yearValue = (f: ReportFigure, year: number): YearValue => {
		const read = readings(f, locale, t);
		return { value: f.value, ...read, inYear: t('chart.inYear', { value: read.text, year }), scale: f.value / max };
	};
	const rows = across.rows.map((r): AcrossRow => {
		const current = r.status === 'gone' ? t('chart.noFigure', { year: report.year }) : yearValue(report.figures[r.id]!, report.year);
		const previous =
			r.status === 'new'
				? t('chart.noFigure', { year: across.year })
				: r.status === 'break'
					? t('chart.notComparable', { year: across.year })
					: yearValue(r.previous!, across.year);
		return { id: r.id, label: r.labels?.[locale] ?? label(r.id), values: [previous, current] };
	});
	const inYear = (v: YearValue | string, year: number) => (typeof v === 'string' ? v : t('chart.inYear', { value: v.spoken, year }));
	const size = (r: AcrossRow) => (typeof r.values[1] === 'string' ? -1 : r.values[1].value);
	// One category per clause, both years inside it: a semicolon between categories keeps them apart when heard.
	const description = `${[...rows]
		.sort((a, b) => size(b) - size(a))
		.map((r) => t('chart.pair', { label: r.label, value: `${inYear(r.values[1], years[1])}, ${inYear(r.values[0], years[0])}` }))
		.join('; ')}.`;
	return { years, rows, description };
}

/**
 * Whether a chart's table says more than its picture, which labels every value as shown: a value in full
 * where the picture shows it short (`compact: true`). On paper (print, PDF) only such a table is printed:
 * elsewhere it would repeat every figure (issue 24); the sum and total lines print as a line of their own.
 */
export function tableSaysMore(c: ChartSpec): boolean {
	const cells = c.across ? c.across.rows.flatMap((r) => r.values.filter((v) => typeof v !== 'string')) : c.rows;
	return cells.some((v) => v.exact.text !== v.text);
}

/** What the browser script needs to draw a chart, passed through a data-* attribute as JSON. */
export const chartData = (c: ChartSpec, locale: Locale) => ({
	type: c.type,
	locale,
	labels: c.rows.map((r) => r.label),
	values: c.rows.map((r) => r.value),
	/** Each row's % of the whole, for a 100 % bar. */
	shares: c.rows.map((r) => r.share.length),
	texts: c.rows.map((r) => r.text),
	series: c.rows.map((r) => r.series),
	/** A chart across years: a set of bars per year (the year before first), a missing value drawn as its words. */
	across: c.across && {
		labels: c.across.rows.map((r) => r.label),
		years: c.across.years.map((year, y) => {
			const cells = c.across!.rows.map((r) => r.values[y]!);
			return {
				year,
				values: cells.map((v) => (typeof v === 'string' ? 0 : v.value)),
				texts: cells.map((v) => (typeof v === 'string' ? v : v.inYear)),
				/** Where there is no value: its words, set apart from the values, at the start of the empty bar. */
				missing: cells.map((v) => typeof v === 'string'),
			};
		}),
	},
});
export type ChartData = ReturnType<typeof chartData>;

/** Shares of a whole as arcs (or segments) that fill it in order: offset and length of each, in % of the whole. */
export function donutArcs(values: readonly number[]): { offset: number; length: number }[] {
	const total = values.reduce((a, b) => a + b, 0) || 1;
	let start = 0;
	return values.map((v) => {
		const length = (v / total) * 100;
		const arc = { offset: start, length };
		start += length;
		return arc;
	});
}
