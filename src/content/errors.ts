/** Thrown when content is invalid: its message lists every problem, one per line, in plain words. */
export class ContentError extends Error {
	constructor(errors: string[]) {
		super(`The report content has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n${errors.join('\n')}\n`);
		this.name = 'ContentError';
	}
}

/** In `npm run dev`, invalid content is stored under this id so that pages can show the problems. */
export const contentErrorsId = 'content-errors';
