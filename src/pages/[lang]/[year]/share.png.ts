import type { APIRoute, GetStaticPaths } from 'astro';
import { getReports } from '../../../content/reports';
import { locales, type Locale } from '../../../i18n/config';
import { createTranslator } from '../../../i18n/translate';
import { shareCard } from '../../../share/card';
import { svgToPng } from '../../../share/png';
import type { Report } from '../../../content/report';

/** The share image of each report in each language (`/es/2021/share.png`), for Open Graph and X/Twitter cards. */
export const getStaticPaths = (async () => {
	const reports = await getReports();
	return locales.flatMap((lang) => reports.map((report) => ({ params: { lang, year: String(report.year) }, props: { report } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
	const locale = params.lang as Locale;
	const png = await svgToPng(shareCard((props as { report: Report }).report, locale, createTranslator(locale)));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
