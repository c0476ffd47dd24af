import { z } from 'astro/zod';
import type { Messages } from './messages';
import { editorEntryPath, figureFieldNames, figuresCollectionKey, figuresCollectionName, pageCollectionKey, pageCollectionName } from './editor-names';
import { locales, type Locale } from '../i18n/config';

/** One thing wrong in the content, where it is, and what to do about it. */
export interface Problem {
	/** Path shown to editors, relative to the project (`content/reports/2021/es.mdx`). */
	file: string;
	line?: number | undefined;
	column?: number | undefined;
	/** What the problem is about: a field (`figures.members.joined`) or a component (`<Fig id="…">`). */
	what: string;
	/** What is wrong and what to do, in plain words. */
	message: string;
	/** In figures.yaml: the figure it is about, by name (`what` is then `figures.<name>` or `figures.<name>.<field>`). */
	figure?: string | undefined;
	/** The visual editor cannot open the file while this is so (raw HTML, a table…): it is fixed in the file. */
	fileOnly?: boolean | undefined;
}

/** `content/reports/2021/figures.yaml:12 › figures.members.joined: what is wrong, what to do` */
export const formatProblem = (p: Problem) =>
	`${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''} › ${p.what}: ${p.message}`;

/** Where the visual editor shows what a problem is about: what to click through, and the entry's address. */
export interface EditorPlace {
	/** "Cifras › 2021 › impact.participants › Valor", "Informe (inglés) › 2021". */
	text: string;
	/** "/keystatic/collection/cifras/item/2021". */
	href: string;
}

/** Undefined for what only the file holds (rules, charts, labels…) or what keeps the editor from opening it. */
export function editorPlace(p: Problem): EditorPlace | undefined {
	if (p.fileOnly) return undefined;
	const file = /(\d{4})\/(figures\.yaml|(\w+)\.mdx)$/.exec(p.file);
	if (!file) return undefined;
	const [, year = '', , lang] = file;
	if (lang) {
		if (!(locales as readonly string[]).includes(lang) || /^(labels|notes)\./.test(p.what)) return undefined;
		const locale = lang as Locale;
		return { text: `${pageCollectionName(locale)} › ${year}`, href: editorEntryPath(pageCollectionKey(locale), year) };
	}
	if (p.figure === undefined) return undefined;
	const field = figureFieldNames[p.what.slice(`figures.${p.figure}.`.length) as keyof typeof figureFieldNames] as string | undefined;
	return { text: [figuresCollectionName, year, p.figure, ...(field ? [field] : [])].join(' › '), href: editorEntryPath(figuresCollectionKey, year) };
}

/** Problems in a stable order: by file, then line. */
export const sortProblems = (list: Problem[]) =>
	[...list].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));

/** Thrown when content is invalid: its message lists every problem, one per line, with no stack trace. */
export class ContentError extends Error {
	constructor(lines: string[], m: Messages) {
		super(`${m.summary(lines.length)}\n${lines.join('\n')}\n${m.terminalFix}\n`);
		this.name = m.errorName;
		// The lines say where the problem is; a stack trace into our code would only distract
		// (and an empty stack keeps Astro from printing a "Stack trace:" heading).
		this.stack = '';
	}
}

/**
 * In `npm run dev`, the dev problem page (src/middleware.ts) shows each problem as a line, with where the
 * visual editor shows it (none where only the file does). The `problems` collection holds them in one entry,
 * `problemListId`, empty when the content is valid: always there, because Astro warns of an empty collection
 * each time it is read (getCollection in node_modules/astro/dist/content/runtime.js), here on every request.
 */
export const shownProblems = z.object({
	problems: z.array(z.object({ line: z.string(), place: z.object({ text: z.string(), href: z.string() }).nullable() })),
});
export type ShownProblem = z.infer<typeof shownProblems>['problems'][number];
export const problemListId = 'content';
