import { getCollection, getEntry, render } from 'astro:content';
import type { Report } from './report';
import { contentErrorsId, type EditorPlace } from './problems';
import type { Locale } from '../i18n/config';

/**
 * The problems of invalid content in `npm run dev` (a build stops before pages render): each as a line,
 * and where the visual editor shows it (none where only the file does).
 */
export async function contentProblems(): Promise<{ line: string; place: EditorPlace | null }[] | undefined> {
	const entry = (await getCollection('reports')).find((e) => e.id === contentErrorsId);
	return entry && (entry.data as { problems: { line: string; place: EditorPlace | null }[] }).problems;
}

/**
 * The reports to show, newest first: every valid year in `npm run dev` (drafts marked as such),
 * only published years (no `draft: true`) in a build.
 */
export async function getReports(): Promise<Report[]> {
	const entries = (await getCollection('reports')).filter((e) => e.id !== contentErrorsId);
	return entries
		.map((e) => e.data as unknown as Report)
		.filter((r) => import.meta.env.DEV || !r.draft)
		.sort((a, b) => b.year - a.year);
}

/** The rendered MDX of a report in a language. */
export async function reportContent(report: Report, locale: Locale) {
	const entry = await getEntry('pages', `${report.year}/${locale}`);
	if (!entry) throw new Error(`No page for ${report.year}/${locale}`);
	return (await render(entry)).Content;
}
