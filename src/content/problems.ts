import type { Messages } from './messages';

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
}

/** `content/reports/2021/figures.yaml:12 › figures.members.joined: what is wrong, what to do` */
export const formatProblem = (p: Problem) =>
	`${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''} › ${p.what}: ${p.message}`;

/** Problems in a stable order: by file, then line. */
export const sortProblems = (list: Problem[]) =>
	[...list].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));

/** Thrown when content is invalid: its message lists every problem, one per line, with no stack trace. */
export class ContentError extends Error {
	constructor(lines: string[], m: Messages) {
		super(`${m.summary(lines.length)}\n${lines.join('\n')}\n`);
		this.name = m.errorName;
		// The lines say where the problem is; a stack trace into our code would only distract
		// (and an empty stack keeps Astro from printing a "Stack trace:" heading).
		this.stack = '';
	}
}

/** In `npm run dev`, invalid content is stored under this id so that pages can show the problems. */
export const contentErrorsId = 'content-errors';
