import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { svgToPng } from '../../../share/png';
import { chartImageOf } from '../../../share/chart-files';
import { chartRoutes } from '../../../routes/static-paths';

/** `/es/<year>/chart-<id>.png`: the same image as the SVG, at twice its size for slides. */
export const getStaticPaths = chartRoutes;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props, locals, site }) =>
	new Response(new Uint8Array(await svgToPng(chartImageOf(props.report, props.chart, locals.locale, locals.t, site).svg, 2)), {
		headers: { 'Content-Type': 'image/png' },
	});
