import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { csvFiles, reportCsv } from '../../../data/open-data';
import { reportPaths } from '../../../routes/paths';
import { reportRoutes } from '../../../routes/static-paths';

/**
 * `/es/<year>/data.csv` (every figure) and `/es/<year>/data-<chart>.csv` (one chart's rows), per language,
 * for people (with a byte-order mark); the same under `datapackage/`, for the Data Package (without).
 */
export const getStaticPaths = async () =>
	(await reportRoutes()).flatMap(({ params, props: { report } }) => {
		const paths = reportPaths(report.year, params.lang);
		// The route's `file`: the path after the year page's, without `.csv`.
		const file = (path: string) => path.slice(paths.page.length).replace(/\.csv$/, '');
		return csvFiles(report).flatMap(({ chart, ids }) => [
			{ params: { ...params, file: file(paths.csv(chart)) }, props: { report, ids, chart, bom: true } },
			{ params: { ...params, file: file(paths.packageCsv(chart)) }, props: { report, ids, chart, bom: false } },
		]);
	});

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({
	props: { report, ids, chart, bom },
	locals: { locale, t },
}) => new Response(reportCsv(report, locale, t, ids, { bom, chart }), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
