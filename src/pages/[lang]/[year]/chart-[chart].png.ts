import type { APIRoute } from 'astro';
import { svgToPng } from '../../../share/png';
import { chartImagePaths, chartImageOf } from '../../../share/chart-files';

/** `/es/<year>/chart-<id>.png`: the same image as the SVG, at twice its size for slides. */
export const getStaticPaths = chartImagePaths;

export const GET: APIRoute = async ({ params, props, site }) =>
	new Response(new Uint8Array(await svgToPng(chartImageOf(props, params, site).svg, 2)), { headers: { 'Content-Type': 'image/png' } });
