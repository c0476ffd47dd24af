import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { chartImageOf } from '../../../share/chart-files';
import { chartRoutes } from '../../../routes/static-paths';

/** `/es/<year>/chart-<id>.svg`: a chart with its caption and source, to reuse as a vector image. */
export const getStaticPaths = chartRoutes;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, locals, site }) =>
	new Response(chartImageOf(props.report, props.chart, locals.locale, locals.t, site).svg, {
		headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
	});
