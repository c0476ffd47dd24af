import { getCollection } from 'astro:content';
import type { Report } from './report';
import { ContentError, contentErrorsId } from './errors';

/** Every report year, newest first (validated by the content loader). */
export async function getReports(): Promise<Report[]> {
	const entries = await getCollection('reports');
	const problems = entries.find((e) => e.id === contentErrorsId);
	if (problems) throw new ContentError((problems.data as { errors: string[] }).errors);
	return entries.map((e) => e.data as unknown as Report).sort((a, b) => b.year - a.year);
}
