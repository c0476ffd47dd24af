import type { APIRoute, GetStaticPaths } from 'astro';
import { getReports } from '../../../content/reports';
import type { Report } from '../../../content/report';
import { csvFile, dataSets, reportCsv, type DataSet } from '../../../data/open-data';
import { locales, type Locale } from '../../../i18n/config';
import { createTranslator } from '../../../i18n/translate';

/** `/es/2021/data.csv` (every figure) and `/es/2021/data-funding.csv` (one chart's rows), per language. */
export const getStaticPaths = (async () => {
	const reports = await getReports();
	return locales.flatMap((lang) =>
		reports.flatMap((report) =>
			dataSets.map((set) => ({ params: { lang, year: String(report.year), file: csvFile(set).replace(/\.csv$/, '') }, props: { report, set } })),
		),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
	const { report, set } = props as { report: Report; set: DataSet };
	const locale = params.lang as Locale;
	const csv = reportCsv(report, locale, createTranslator(locale), set === 'all' ? undefined : set);
	return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
