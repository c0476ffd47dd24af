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
		const fail = (message: string, path: PropertyKey[] = []) => {
			ctx.addIssue({ code: 'custom', message, path: path as (string | number)[], input });
			return z.NEVER;
		};
		if (input === undefined || input === null) return fail(`is missing (expected ${expected})`);
		if (typeof input === 'string') {
			const more = /^\s*\+\s*([\d.,]+)\s*$/.exec(input);
			return fail(
				more
					? `is text, not a number (got ${show(input)}, expected { value: ${more[1]}, qualifier: moreThan })`
					: `is text, not a number (got ${show(input)}, expected ${expected}, written without quotes)`,
			);
		}
		const raw: Record<string, unknown> =
			typeof input === 'number' ? { value: input } : typeof input === 'object' && !Array.isArray(input) ? { ...input } : {};
		if (typeof input !== 'number' && (typeof input !== 'object' || Array.isArray(input)))
			return fail(`has the wrong type (got ${show(input)}, expected ${expected})`);
		let ok = true;
		for (const key of Object.keys(raw).filter((k) => !objectKeys.includes(k))) {
			fail(unknownKeyMessage(key, objectKeys), [key]);
			ok = false;
		}
		const { value, qualifier = defaultQualifier, source } = raw;
		if (typeof value !== 'number' || Number.isNaN(value)) {
			fail(value === undefined ? `is missing (expected ${expected})` : `is not a number (got ${show(value)}, expected ${expected})`, typeof input === 'number' ? [] : ['value']);
			ok = false;
		} else if (!check(value)) {
			fail(`is out of range (got ${value}, expected ${expected})`, typeof input === 'number' ? [] : ['value']);
			ok = false;
		}
		if (!qualifiers.includes(qualifier as Qualifier)) {
			fail(`is not a known qualifier (got ${show(qualifier)}, expected one of: ${qualifiers.join(', ')})`, ['qualifier']);
			ok = false;
		}
		if (source !== undefined && (typeof source !== 'string' || !source.trim())) {
			fail(`must be a text (got ${show(source)}, expected where the figure comes from)`, ['source']);
			ok = false;
		}
		if (!ok) return z.NEVER;
		return {
			value: value as number,
			kind,
			qualifier: qualifier as Qualifier,
			...(source ? { source: source as string } : {}),
		};
	});
}
