import type { APIRoute } from 'astro';
import { getReports } from '../../content/reports';
import { seriesCsv } from '../../data/series';
import { languageRoutes } from '../../routes/static-paths';

/** `/es/series.csv`: the history of every figure of more than one year, in a language (the year files' columns). */
export const getStaticPaths = languageRoutes;

export const GET: APIRoute = async ({ locals }) =>
	new Response(seriesCsv(await getReports(), locals.locale), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
