/**
 * The language of content messages (errors and warnings for the people who edit the report).
 * Spanish first: `CONTENT_LANG=en` (or an English system language) switches them to English.
 */
export const messageLanguages = ['es', 'en'] as const;
export type MessageLanguage = (typeof messageLanguages)[number];

export function messageLanguage(env: Record<string, string | undefined> = process.env): MessageLanguage {
	const setting = env.CONTENT_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
	return /^en/i.test(setting) ? 'en' : 'es';
}
