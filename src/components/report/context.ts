import type { Report } from '../../content/report';
import { buildChart, type ChartSpec } from '../../charts/spec';
import { formatYearOverYear } from '../../format/comparison';
import { citedFigure, type Formatted, type Gender } from '../../format/figures';
import { footnoteMarkers, footnotes, type Footnote } from '../../format/footnotes';
import { renderInline } from '../../format/inline';
import type { Locale } from '../../i18n/config';
import type { Translate } from '../../i18n/translate';
import { reportPaths, type ReportPaths } from '../../routes/paths';

/**
 * What the report components of one page share: the report, and the footnote markers (numbered
 * in page order, so one context per rendered page). The page puts it in `Astro.locals.report`
 * before rendering the MDX; each component reads it with `useReport`, and the page's language
 * from `Astro.locals.locale` and `.t`.
 */
export interface ReportContext {
	report: Report;
	footnotes: Footnote[];
	/** The footnote link after a figure, if it has a note or a source. */
	marker: (id: string) => string;
	/** A figure as shown in this language (gender from its label unless given). */
	figure: (id: string, gender?: Gender) => Formatted;
	/** A figure against the year before, in words, where figures.yaml `compare:` asks for it (computed in src/content/read.ts). */
	compared: (id: string) => string | undefined;
	/** A text of the data block (hero, notes) as HTML. */
	inline: (source: string) => string;
	chart: (id: string) => ChartSpec;
	/** The report's pages and files in this language (the downloads sit beside the year page, whichever page shows the report). */
	paths: ReportPaths;
}

export function createReportContext(report: Report, locale: Locale, t: Translate): ReportContext {
	const list = footnotes(report, locale);
	const marker = footnoteMarkers(list, t);
	return {
		report,
		footnotes: list,
		marker,
		figure: (id, gender) => citedFigure(report, locale, t, id, gender),
		compared: (id) => {
			const said = report.yearOverYear[id];
			return said && formatYearOverYear(said, report.figures[id]!, locale, t);
		},
		inline: (source) => renderInline(source, report, locale, t, marker),
		chart: (id) => buildChart(report, locale, t, id),
		paths: reportPaths(report.year, locale),
	};
}

/** The context of the page being rendered (set by the page; a component outside a report page is a bug). */
export function useReport(locals: App.Locals): ReportContext {
	if (!locals.report) throw new Error('Report components render only inside a report page (Astro.locals.report is not set).');
	return locals.report;
}
