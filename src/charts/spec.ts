import type { Gender } from '../content/gender';
import type { Report } from '../content/report';
import { segmentsText } from '../content/page';
import { citedFigure, formatFigure, type Formatted } from '../format/figures';
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

export interface ChartSpec {
	/** The chart's id in figures.yaml (`team`); its anchor on the page is `team-chart`. */
	id: string;
	anchor: string;
	/** The section the chart is placed in, in this language. */
	section?: string | undefined;
	/** Chart.js type: donuts are doughnuts there; `stacked` is one 100 % bar. */
	type: 'doughnut' | 'bar' | 'stacked';
	caption: string;
	/** A sentence that says what the chart shows, generated from the data (rows named largest first). */
	/** The values in words, largest first: the chart's accessible description. */
	description: string;
	/** The caption, then the description (an embed page's meta description). */
	summary: string;
	/** In the order figures.yaml declares them. */
	rows: ChartRow[];
	/** Closing lines under the table: the sum of the rows and the total they should reach. */
	footer?: { label: string; text: string }[];
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
		const f = formatFigure(report.figures[fid]!, locale, t);
		const exact = formatFigure({ ...report.figures[fid]!, compact: false }, locale, t);
		const value = values[i]!;
		return {
			id: fid,
			label: label(fid),
			value,
			text: f.text,
			spoken: f.spoken ?? f.text,
			exact,
			series: seriesOf(declared.type, i),
			scale: value / max,
			share: shares[i]!,
		};
	});
	const caption = placed ? segmentsText(placed.caption, figureText(report, locale, t)) : id;
	const list = new Intl.ListFormat(locale, { type: 'unit', style: 'long' });
	// What the chart shows, largest first, in words: its description for screen readers (its name is its caption).
	const description = `${list.format([...rows].sort((a, b) => b.value - a.value).map((r) => t('chart.pair', { label: r.label, value: r.spoken })))}.`;
	const summary = `${caption}. ${description}`;
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
		description,
		summary,
		rows,
		...(footer ? { footer } : {}),
	};
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
