import { getCollection, getEntry, render } from 'astro:content';
import type { Report } from './report';
import { problemListId, type ShownProblem } from './problems';
import type { Locale } from '../i18n/config';

/**
 * The problems of the content as last read, none when it is valid: what the dev problem page shows
 * (src/middleware.ts). A build never gets here with problems: it stops with them.
 */
export async function contentProblems(): Promise<ShownProblem[]> {
	return (await getEntry('problems', problemListId))?.data.problems ?? [];
}

/**
 * The reports to show, newest first: every valid year in `npm run dev` (drafts marked as such),
 * only published years (no `draft: true`) in a build.
 */
export async function getReports(): Promise<Report[]> {
	// Content with problems has no report: the collection is empty, and Astro would warn that it is on each read.
	if ((await contentProblems()).length) return [];
	return (await getCollection('reports'))
		.map((e) => e.data)
		.filter((r) => import.meta.env.DEV || !r.draft)
		.sort((a, b) => b.year - a.year);
}

/** The rendered MDX of a report in a language. */
export async function reportContent(report: Report, locale: Locale) {
	const entry = await getEntry('pages', `${report.year}/${locale}`);
	if (!entry) throw new Error(`No page for ${report.year}/${locale}`);
	return (await render(entry)).Content;
}
