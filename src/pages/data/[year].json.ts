import type { APIRoute, GetStaticPaths } from 'astro';
import { getReports } from '../../content/reports';
import type { Report } from '../../content/report';
import { reportJson } from '../../data/open-data';
import { reportPageUrl } from '../../i18n/urls';

/** `/data/2021.json`: a report's figures, with their words in every language and the report's metadata. */
export const getStaticPaths = (async () => (await getReports()).map((report) => ({ params: { year: String(report.year) }, props: { report } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
	const { report } = props as { report: Report };
	return new Response(`${JSON.stringify(reportJson(report, reportPageUrl(report.year, site)), null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
