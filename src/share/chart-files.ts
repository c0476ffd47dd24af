import { buildChart } from '../charts/spec';
import { getReports } from '../content/reports';
import type { Report } from '../content/report';
import { locales, type Locale } from '../i18n/config';
import { createTranslator } from '../i18n/translate';
import { reportPageUrl } from '../i18n/urls';
import { chartImage } from './chart-image';

/** Every declared chart of every report, in every language: the pages of its image files. */
export async function chartImagePaths() {
	const reports = await getReports();
	return locales.flatMap((lang) =>
		reports.flatMap((report) => report.charts.map((c) => ({ params: { lang, year: String(report.year), chart: c.id }, props: { report } }))),
	);
}

/** The image of one chart in one language, with the source line and the chart's address on the page. */
export function chartImageOf(props: unknown, params: Record<string, string | undefined>, site: URL | undefined) {
	const { report } = props as { report: Report };
	const locale = params.lang as Locale;
	const t = createTranslator(locale);
	const spec = buildChart(report, locale, t, params.chart!);
	const address = `${reportPageUrl(report.year, site)(locale)}#${spec.anchor}`;
	return chartImage(spec, { source: t('chart.source', { year: report.year }), address });
}
