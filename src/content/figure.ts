import { z } from 'astro/zod';
import { field, shown, text } from './fields';
import type { Messages } from './messages';
import { largestValue, textLimits } from './limits';
import { readNumberText, writesAsItself } from './number-text';

/**
 * One figure of a report, language-neutral: an item of the `figures:` list of figures.yaml,
 * `{ id, value, kind, qualifier, currency, source, note }`. The visual editor's form is built from
 * the same lists and limits (keystatic.config.ts, tested in tests/unit/editor.test.ts).
 */
export const kinds = ['count', 'percent', 'ordinal', 'amount'] as const;
export type FigureKind = (typeof kinds)[number];
/** exact; moreThan: the source's "+2.4K"; approximately: the source's "≈" or "approximately". */
export const qualifiers = ['exact', 'moreThan', 'approximately'] as const;
export type Qualifier = (typeof qualifiers)[number];
/** The fields a figure may have, in the order the guides and the editor list them. */
export const figureFields = ['id', 'value', 'kind', 'qualifier', 'currency', 'compact', 'source', 'checked', 'note'] as const;

/** The values each kind allows. */
export const ranges: Record<FigureKind, { min: number; max?: number; whole: boolean }> = {
	count: { min: 0, whole: true },
	percent: { min: 0, max: 100, whole: false },
	ordinal: { min: 1, whole: true },
	amount: { min: 0, whole: false },
};
export const inRange = (kind: FigureKind, n: number) => {
	const r = ranges[kind];
	return n >= r.min && (r.max === undefined || n <= r.max) && (!r.whole || Number.isInteger(n));
};

/** An id names a figure by its group(s) and name, `impact.participants`; each part a plain name. */
export const idPattern = /^[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z][A-Za-z0-9_-]*)*$/;

/**
 * What a value that is not a number gets as its message: the "+" of a source, a decimal comma,
 * thousands separators, both readings of "1.200", a percent sign, a currency, another notation
 * (number-text.ts), or quotes around digits.
 */
function notANumber(input: unknown, m: Messages): string {
	if (typeof input !== 'string') return m.figureIsText(shown(input));
	const read = readNumberText(input);
	if (!read) return m.figureIsText(shown(input));
	switch (read.form) {
		case 'moreThan':
			return m.figureIsText(shown(input), read.value);
		case 'notation':
			return m.numberNotation(input, read.value);
		case 'ambiguous':
			// "12.125" written again as a decimal would be as ambiguous: rounded to two decimals.
			return writesAsItself(read.decimal) ? m.numberAmbiguous(input, read.thousands, read.decimal) : m.numberAmbiguous(input, read.thousands, Math.round(read.decimal * 100) / 100, true);
		case 'percent':
			return m.numberWithPercent(input, read.value);
		case 'currency':
			return m.numberWithCurrency(input, read.value, read.currency);
		default:
			return m.numberSeparators(input, read.value, read.form === 'decimalComma');
	}
}

/** What is wrong with a figure as a whole: its value for its kind, its currency. */
type FigureProblem =
	| { problem: 'tooLarge' }
	| { problem: 'outOfRange'; value: number; kind: FigureKind }
	| { problem: 'currencyMissing' }
	| { problem: 'currencyNotAmount' }
	| { problem: 'compactKind'; kind: FigureKind };

const figureProblem = (m: Messages, p: FigureProblem) =>
	p.problem === 'tooLarge'
		? m.tooLarge(largestValue)
		: p.problem === 'outOfRange'
			? m.outOfRange(p.value, m.range[p.kind])
			: p.problem === 'compactKind'
				? m.compactKind(p.kind)
				: m[p.problem];

/** A figure without its id (the id is checked with the list, where duplicates show). */
export const figureSchema = field(
	z
		.strictObject({
			value: field(z.number(), { message: (m, issue) => (issue.input === undefined ? m.missing(m.expected.number) : notANumber(issue.input, m)) }),
			kind: z.enum(kinds).default('count'),
			qualifier: z.enum(qualifiers).default('exact'),
			/** ISO 4217 code, for amounts. */
			currency: field(z.string().regex(/^[A-Z]{3}$/), { message: (m, issue) => m.currencyInvalid(shown(issue.input)) }).optional(),
			/** Shown short on the page ("2,3 M €", "€2.3M"), whatever its qualifier; exact in tables, downloads and for screen readers. Counts and amounts only. */
			compact: z.boolean().optional(),
			/** Where the figure was published: document, page, date ("Cuentas 2022, p. 4, marzo de 2023"). */
			source: text('source', textLimits.source).optional(),
			/** The day someone checked the figure against its source (YYYY-MM-DD). */
			checked: field(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/), { message: (m, issue) => m.checkedDate(shown(issue.input)) }).optional(),
			/** For the team only (never published): why the figure is written this way, what the source says. */
			note: text('note', textLimits.teamNote).optional(),
		})
		.superRefine((f, ctx) => {
			const problem = (path: string, params: FigureProblem) => ctx.addIssue({ code: 'custom', path: [path], params });
			if (Math.abs(f.value) > largestValue) problem('value', { problem: 'tooLarge' });
			else if (!inRange(f.kind, f.value)) problem('value', { problem: 'outOfRange', value: f.value, kind: f.kind });
			if (f.kind === 'amount' && !f.currency) problem('currency', { problem: 'currencyMissing' });
			if (f.kind !== 'amount' && f.currency) problem('currency', { problem: 'currencyNotAmount' });
			if (f.compact && f.kind !== 'count' && f.kind !== 'amount') problem('compact', { problem: 'compactKind', kind: f.kind });
		}),
	{ message: (m, issue) => (issue.code === 'custom' ? figureProblem(m, issue.params as FigureProblem) : undefined) },
);

export type Figure = z.output<typeof figureSchema>;
