import type { APIRoute } from 'astro';
import { chartImagePaths, chartImageOf } from '../../../share/chart-files';

/** `/es/<year>/chart-<id>.svg`: a chart with its caption and source, to reuse as a vector image. */
export const getStaticPaths = chartImagePaths;

export const GET: APIRoute = ({ params, props, site }) =>
	new Response(chartImageOf(props, params, site).svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
