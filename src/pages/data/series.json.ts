import type { APIRoute } from 'astro';
import { getReports } from '../../content/reports';
import { seriesJson } from '../../data/series';

/** `/data/series.json`: every figure that appears in more than one published year, with its value each year. */
export const GET: APIRoute = async () =>
	new Response(`${JSON.stringify(seriesJson(await getReports()), null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
