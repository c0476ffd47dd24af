import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { dataPackage } from '../../../data/open-data';
import { reportPageUrls } from '../../../routes/base';
import { reportRoutes } from '../../../routes/static-paths';

/** `/es/<year>/datapackage.json`: the Frictionless Data Package that describes the CSVs beside it. */
export const getStaticPaths = reportRoutes;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { report }, locals: { locale, t }, site }) => {
	const pkg = dataPackage(report, locale, t, reportPageUrls(report.year, site));
	return new Response(`${JSON.stringify(pkg, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
