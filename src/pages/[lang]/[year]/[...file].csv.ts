import type { APIRoute, GetStaticPaths } from 'astro';
import { getReports } from '../../../content/reports';
import type { Report } from '../../../content/report';
import { csvFiles, packageFolder, reportCsv } from '../../../data/open-data';
import { locales, type Locale } from '../../../i18n/config';
import { createTranslator } from '../../../i18n/translate';

/**
 * `/es/<year>/data.csv` (every figure) and `/es/<year>/data-<chart>.csv` (one chart's rows), per language,
 * for people (with a byte-order mark); the same under `datapackage/`, for the Data Package (without).
 */
export const getStaticPaths = (async () => {
	const reports = await getReports();
	return locales.flatMap((lang) =>
		reports.flatMap((report) =>
			csvFiles(report).flatMap(({ file, ids }) =>
				[false, true].map((forPackage) => ({
					params: { lang, year: String(report.year), file: `${forPackage ? packageFolder : ''}${file.replace(/\.csv$/, '')}` },
					props: { report, ids, bom: !forPackage },
				})),
			),
		),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
	const { report, ids, bom } = props as { report: Report; ids?: string[]; bom: boolean };
	const locale = params.lang as Locale;
	const csv = reportCsv(report, locale, createTranslator(locale), ids, { bom });
	return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
