import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { reportRoutes } from '../../../routes/static-paths';
import { shareCard } from '../../../share/card';
import { svgToPng } from '../../../share/png';

/** The share image of each report in each language (`/es/2021/share.png`), for Open Graph and X/Twitter cards. */
export const getStaticPaths = reportRoutes;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { report }, locals: { locale, t } }) => {
	const png = await svgToPng(shareCard(report, locale, t));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
