import { getCollection } from 'astro:content';
import type { Report } from './report';

/** Every report year, newest first (validated by the content loader). */
export async function getReports(): Promise<Report[]> {
	const entries = await getCollection('reports');
	return entries.map((e) => e.data as unknown as Report).sort((a, b) => b.year - a.year);
}
