import { z } from 'astro/zod';
import { unknownKeyMessage } from './suggest';

/**
 * One figure of the report. In a figures file it is either a plain number (exact) or
 * `{ value, qualifier, source }` when the source marks it ("+2.4K" → moreThan) or an editor wants
 * to cite where it comes from (shown as a footnote; a translated note can be added per language).
 * The kind (count, percent…) comes from where it stands in the file.
 */
export const qualifiers = ['exact', 'moreThan', 'approximately'] as const;
export type Qualifier = (typeof qualifiers)[number];
export type FigureKind = 'count' | 'percent' | 'ordinal' | 'year';

export interface Figure {
	value: number;
	kind: FigureKind;
	qualifier: Qualifier;
	/** Optional source of the figure (a document, a URL), shown in its footnote as written. */
	source?: string;
}

const objectKeys = ['value', 'qualifier', 'source'];

const rules: Record<FigureKind, { check: (n: number) => boolean; expected: string }> = {
	count: { check: (n) => Number.isInteger(n) && n >= 0, expected: 'a whole number, 0 or more' },
	percent: { check: (n) => n >= 0 && n <= 100, expected: 'a percentage from 0 to 100' },
	ordinal: { check: (n) => Number.isInteger(n) && n >= 1, expected: 'a whole number, 1 or more (1 for "1st")' },
	year: { check: (n) => Number.isInteger(n) && n >= 1900 && n <= 2200, expected: 'a year such as 2021' },
};

const show = (input: unknown) => (typeof input === 'string' ? `"${input}"` : JSON.stringify(input) ?? 'nothing');

/** A figure field of the given kind; `defaultQualifier` applies when the file gives none. */
export function figure(kind: FigureKind, defaultQualifier: Qualifier = 'exact') {
	const { check, expected } = rules[kind];
	return z.unknown().transform((input, ctx): Figure => {
		const problems: [message: string, path?: string | undefined][] = [];
		const report = () => {
			for (const [message, key] of problems) ctx.addIssue({ code: 'custom', message, path: key ? [key] : [], input });
			return z.NEVER;
		};
		if (input === undefined || input === null) problems.push([`is missing (expected ${expected})`]);
		else if (typeof input === 'string') {
			const more = /^\s*\+\s*([\d.,]+)\s*$/.exec(input);
			problems.push([
				more
					? `is text, not a number (got ${show(input)}, expected { value: ${more[1]}, qualifier: moreThan })`
					: `is text, not a number (got ${show(input)}, expected ${expected}, written without quotes)`,
			]);
		} else if (typeof input !== 'number' && (typeof input !== 'object' || Array.isArray(input)))
			problems.push([`has the wrong type (got ${show(input)}, expected ${expected})`]);
		if (problems.length) return report();

		// A plain number is short for { value }; problems with the value are then reported on the figure itself.
		const short = typeof input === 'number';
		const raw = (short ? { value: input } : input) as Record<string, unknown>;
		for (const key of Object.keys(raw).filter((k) => !objectKeys.includes(k))) problems.push([unknownKeyMessage(key, objectKeys), key]);
		const { value, qualifier = defaultQualifier, source } = raw;
		const valueKey = short ? undefined : 'value';
		if (typeof value !== 'number' || Number.isNaN(value))
			problems.push([value === undefined ? `is missing (expected ${expected})` : `is not a number (got ${show(value)}, expected ${expected})`, valueKey]);
		else if (!check(value)) problems.push([`is out of range (got ${value}, expected ${expected})`, valueKey]);
		if (!qualifiers.includes(qualifier as Qualifier))
			problems.push([`is not a known qualifier (got ${show(qualifier)}, expected one of: ${qualifiers.join(', ')})`, 'qualifier']);
		if (source !== undefined && (typeof source !== 'string' || !source.trim()))
			problems.push([`must be a text (got ${show(source)}, expected where the figure comes from)`, 'source']);
		if (problems.length) return report();

		return { value: value as number, kind, qualifier: qualifier as Qualifier, ...(source ? { source: source as string } : {}) };
	});
}
