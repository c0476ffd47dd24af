import type { APIRoute, GetStaticPaths } from 'astro';
import { getReports } from '../../content/reports';
import type { Report } from '../../content/report';
import { reportJson } from '../../data/open-data';

/** `/data/2021.json`: a report's figures, language-neutral. */
export const getStaticPaths = (async () => (await getReports()).map((report) => ({ params: { year: String(report.year) }, props: { report } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(`${JSON.stringify(reportJson((props as { report: Report }).report), null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
