import type { Report } from '../../content/report';
import { buildChart, type ChartSpec } from '../../charts/spec';
import { csvFile } from '../../data/open-data';
import { citedFigure, type Formatted, type Gender } from '../../format/figures';
import { footnoteMarkers, footnotes, type Footnote } from '../../format/footnotes';
import { renderInline } from '../../format/inline';
import type { Locale } from '../../i18n/config';
import { createTranslator, type Translate } from '../../i18n/translate';
import { embedPath, localeUrl } from '../../i18n/urls';

/**
 * What the report components of one page share: the report, the page's language, and the
 * footnote markers (numbered in page order, so one context per rendered page). The page puts it
 * in `Astro.locals.report` before rendering the MDX; each component reads it with `useReport`.
 */
export interface ReportContext {
	report: Report;
	locale: Locale;
	t: Translate;
	footnotes: Footnote[];
	/** The footnote link after a figure, if it has a note or a source. */
	marker: (id: string) => string;
	/** A figure as shown in this language (gender from its label unless given). */
	figure: (id: string, gender?: Gender) => Formatted;
	/** A text of the data block (hero, notes) as HTML. */
	inline: (source: string) => string;
	chart: (id: string) => ChartSpec;
	/** Where a chart's CSV is (beside the year page, whichever page shows the report). */
	csv: (chart?: string) => string;
	/** The year page's path in this language (`/es/2021/`): the chart images and data sit beside it. */
	yearUrl: string;
	/** The path of a chart's embed page (`/embed/es/2021/team/`). */
	embedUrl: (chart: string) => string;
}

export function createReportContext(report: Report, locale: Locale): ReportContext {
	const t = createTranslator(locale);
	const list = footnotes(report, locale);
	const marker = footnoteMarkers(list, t);
	const yearUrl = localeUrl(locale, `${report.year}/`);
	return {
		report,
		locale,
		t,
		footnotes: list,
		marker,
		figure: (id, gender) => citedFigure(report, locale, t, id, gender),
		inline: (source) => renderInline(source, report, locale, t, marker),
		chart: (id) => buildChart(report, locale, t, id),
		csv: (chart) => `${yearUrl}${csvFile(chart)}`,
		yearUrl,
		embedUrl: (chart) => embedPath(locale, report.year, chart),
	};
}

/** The context of the page being rendered (set by the page; a component outside a report page is a bug). */
export function useReport(locals: App.Locals): ReportContext {
	if (!locals.report) throw new Error('Report components render only inside a report page (Astro.locals.report is not set).');
	return locals.report;
}
