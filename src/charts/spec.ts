import type { Report } from '../content/report';
import { fundingSources as sourcesOf, type SectionId } from '../content/sections';
import { labelOf } from '../content/text-schema';
import { formatFigure } from '../format/figures';
import { renderPlain } from '../format/inline';
import type { Locale } from '../i18n/config';
import type { Translate } from '../i18n/translate';
import { colour } from './palette';

/** One row of a chart: a figure with its label, formatted for the page's language. */
export interface ChartRow {
	id: string;
	label: string;
	value: number;
	/** As shown ("≈59 %"). */
	text: string;
	/** As read aloud ("aproximadamente 59 %"). */
	spoken: string;
	colour: string;
	/** An extra column (e.g. the agreements behind a funding share). */
	detail?: string;
}

export interface ChartSpec {
	id: string;
	section: SectionId;
	type: 'doughnut' | 'bar';
	caption: string;
	/** A sentence that says what the chart shows, generated from the data. */
	summary: string;
	rows: ChartRow[];
	detailHeader?: string;
	/** A closing line under the table (e.g. the alliance total the types do not reach). */
	footer?: { label: string; text: string }[];
}

/** Everything the page needs to draw and describe the charts of a report, in one language. */
export function buildCharts(report: Report, locale: Locale, t: Translate): ChartSpec[] {
	const { figures, groups } = report;
	const text = report.text[locale];
	const label = (id: string) => labelOf(text, id);
	const row = (id: string, i: number, detail?: string): ChartRow => {
		const f = formatFigure(figures[id]!, locale, t);
		return { id, label: label(id), value: figures[id]!.value, text: f.text, spoken: f.spoken ?? f.text, colour: colour(i), ...(detail ? { detail } : {}) };
	};
	const caption = (section: SectionId) => renderPlain(text.sections[section].chart ?? text.sections[section].title, figures, locale, t);
	const list = new Intl.ListFormat(locale, { type: 'unit', style: 'long' });
	const summarise = (title: string, rows: ChartRow[]) =>
		`${title}. ${list.format([...rows].sort((a, b) => b.value - a.value).map((r) => t('chart.pair', { label: r.label, value: r.spoken })))}.`;
	const spec = (s: Omit<ChartSpec, 'summary'>): ChartSpec => ({ ...s, summary: summarise(s.caption, s.rows) });

	const ids = (prefix: string) => Object.keys(figures).filter((id) => id.startsWith(prefix) && !figures[id]!.derived);

	const fundingSources = sourcesOf(groups);
	const charts: ChartSpec[] = [
		spec({ id: 'team-chart', section: 'team', type: 'bar', caption: caption('team'), rows: ids('staff.').map((id, i) => row(id, i)) }),
		spec({
			id: 'funding-chart',
			section: 'funding',
			type: 'doughnut',
			caption: caption('funding'),
			detailHeader: t('chart.agreements'),
			rows: fundingSources.map((source, i) => {
				const agreements = figures[`funding.${source}.agreements`];
				return row(`funding.${source}.share`, i, agreements ? formatFigure(agreements, locale, t).text : undefined);
			}),
		}),
		spec({
			id: 'alliances-chart',
			section: 'alliances',
			type: 'bar',
			caption: caption('alliances'),
			rows: ids('alliances.byType.').map((id, i) => row(id, i)),
			footer: [
				{ label: t('chart.typesTotal'), text: formatFigure(figures['alliances.typesTotal']!, locale, t).text },
				{ label: label('alliances.active'), text: formatFigure(figures['alliances.active']!, locale, t).text },
			],
		}),
		...groups.genderParity.map((_, i) =>
			spec({
				id: `parity-chart-${i + 1}`,
				section: 'parity',
				type: 'doughnut',
				caption: `${caption('parity')} · ${t('figure.split', { n: i + 1 })}`,
				rows: ids(`genderParity.${i + 1}.`).map((id, j) => row(id, j)),
			}),
		),
	];
	return charts;
}

/** What the browser script needs to draw a chart, passed through a data-* attribute as JSON. */
export const chartData = (c: ChartSpec, locale: Locale) => ({
	type: c.type,
	locale,
	labels: c.rows.map((r) => r.label),
	values: c.rows.map((r) => r.value),
	texts: c.rows.map((r) => r.text),
	colours: c.rows.map((r) => r.colour),
});
export type ChartData = ReturnType<typeof chartData>;

/** A donut as SVG circle strokes (for the no-JavaScript picture): offset and length of each arc, in % of the circle. */
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
