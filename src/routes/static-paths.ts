import { getReports } from '../content/reports';
import { locales } from '../i18n/config';

/**
 * The `getStaticPaths` of the pages, one per kind of route, typed so that each page's
 * `InferGetStaticPropsType<typeof getStaticPaths>` gives its props. The page's language is not a
 * prop: src/i18n/middleware.ts sets `Astro.locals.locale` (and `t`) from the `lang` param.
 */

/** `[lang]/`: every language. */
export const languageRoutes = () => locales.map((lang) => ({ params: { lang } }));

/** `[lang]/[year]/…`: every published report in every language. */
export async function reportRoutes() {
	const reports = await getReports();
	return locales.flatMap((lang) => reports.map((report) => ({ params: { lang, year: String(report.year) }, props: { report } })));
}

/** `…/[lang]/[year]/…[chart]…`: every chart of every report in every language. */
export async function chartRoutes() {
	return (await reportRoutes()).flatMap(({ params, props }) =>
		props.report.charts.map((c) => ({ params: { ...params, chart: c.id }, props: { ...props, chart: c.id } })),
	);
}

/** `embed/[lang]/latest/[chart]`: every chart of the latest published report, in every language. */
export async function latestChartRoutes() {
	const latest = (await getReports())[0];
	return latest
		? locales.flatMap((lang) => latest.charts.map((c) => ({ params: { lang, chart: c.id }, props: { report: latest, chart: c.id } })))
		: [];
}

/** `data/[year]…`: every published report, once for all languages. */
export async function yearRoutes() {
	return (await getReports()).map((report) => ({ params: { year: String(report.year) }, props: { report } }));
}
