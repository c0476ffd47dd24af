import type { APIRoute, GetStaticPaths } from 'astro';
import { getReports } from '../../../content/reports';
import type { Report } from '../../../content/report';
import { csvFiles, reportCsv } from '../../../data/open-data';
import { locales, type Locale } from '../../../i18n/config';
import { createTranslator } from '../../../i18n/translate';

/** `/es/<year>/data.csv` (every figure) and `/es/<year>/data-<chart>.csv` (one chart's rows), per language. */
export const getStaticPaths = (async () => {
	const reports = await getReports();
	return locales.flatMap((lang) =>
		reports.flatMap((report) =>
			csvFiles(report).map(({ file, ids }) => ({ params: { lang, year: String(report.year), file: file.replace(/\.csv$/, '') }, props: { report, ids } })),
		),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
	const { report, ids } = props as { report: Report; ids?: string[] };
	const locale = params.lang as Locale;
	const csv = reportCsv(report, locale, createTranslator(locale), ids);
	return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
