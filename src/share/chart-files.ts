import { buildChart } from '../charts/spec';
import type { Report } from '../content/report';
import type { Locale } from '../i18n/config';
import type { Translate } from '../i18n/translate';
import { reportPageUrls } from '../routes/base';
import { chartImage } from './chart-image';

/** The image of one chart in one language, with the source line and the chart's address on the page. */
export function chartImageOf(report: Report, chart: string, locale: Locale, t: Translate, site: URL | undefined) {
	const spec = buildChart(report, locale, t, chart);
	const address = `${reportPageUrls(report.year, site)(locale)}#${spec.anchor}`;
	return chartImage(spec, { source: t('chart.source', { year: report.year }), address });
}
