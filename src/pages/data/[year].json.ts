import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { reportJson } from '../../data/open-data';
import { reportPageUrls } from '../../routes/base';
import { yearRoutes } from '../../routes/static-paths';

/** `/data/2021.json`: a report's figures, with their words in every language and the report's metadata. */
export const getStaticPaths = yearRoutes;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { report }, site }) =>
	new Response(`${JSON.stringify(reportJson(report, reportPageUrls(report.year, site)), null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
