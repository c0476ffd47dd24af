import type { APIRoute, GetStaticPaths } from 'astro';
import { getReports } from '../../../content/reports';
import type { Report } from '../../../content/report';
import { dataPackage } from '../../../data/open-data';
import { locales, type Locale } from '../../../i18n/config';
import { createTranslator } from '../../../i18n/translate';
import { reportPageUrl } from '../../../i18n/urls';

/** `/es/<year>/datapackage.json`: the Frictionless Data Package that describes the CSVs beside it. */
export const getStaticPaths = (async () => {
	const reports = await getReports();
	return locales.flatMap((lang) => reports.map((report) => ({ params: { lang, year: String(report.year) }, props: { report } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
	const { report } = props as { report: Report };
	const locale = params.lang as Locale;
	const pkg = dataPackage(report, locale, createTranslator(locale), reportPageUrl(report.year, site));
	return new Response(`${JSON.stringify(pkg, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
