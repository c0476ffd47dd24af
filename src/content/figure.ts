import { z } from 'astro/zod';
import type { Messages } from './messages';
import { shown } from './zod-issues';

/**
 * One figure of a report, language-neutral. In figures.yaml it is a plain number (a count, exact)
 * or `{ value, kind, qualifier, currency, source }`.
 */
export const kinds = ['count', 'percent', 'ordinal', 'amount'] as const;
export type FigureKind = (typeof kinds)[number];
/** exact; moreThan: the source's "+2.4K"; approximately: the source's "≈" or "approximately". */
export const qualifiers = ['exact', 'moreThan', 'approximately'] as const;
export type Qualifier = (typeof qualifiers)[number];
/** The fields a figure may have, in the order the guides list them. */
export const figureFields = ['value', 'kind', 'qualifier', 'currency', 'source'] as const;

const inRange: Record<FigureKind, (n: number) => boolean> = {
	count: (n) => Number.isInteger(n) && n >= 0,
	percent: (n) => n >= 0 && n <= 100,
	ordinal: (n) => Number.isInteger(n) && n >= 1,
	amount: (n) => n >= 0,
};

export function figureSchema(m: Messages) {
	const object = z
		.strictObject({
			value: z.number({ error: (i) => (i.input === undefined ? m.missing(m.expected.number) : m.figureIsText(shown(i.input))) }),
			kind: z.enum(kinds).default('count'),
			qualifier: z.enum(qualifiers).default('exact'),
			/** ISO 4217 code, for amounts. */
			currency: z.string().regex(/^[A-Z]{3}$/, { error: (i) => m.currencyInvalid(shown(i.input)) }).optional(),
			source: z.string({ error: m.wrongType('—', m.expected.source) }).trim().min(1, m.empty(m.expected.source)).optional(),
		})
		.superRefine((f, ctx) => {
			if (!inRange[f.kind](f.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: m.outOfRange(f.value, m.range[f.kind]) });
			if (f.kind === 'amount' && !f.currency) ctx.addIssue({ code: 'custom', path: ['currency'], message: m.currencyMissing });
			if (f.kind !== 'amount' && f.currency) ctx.addIssue({ code: 'custom', path: ['currency'], message: m.currencyNotAmount });
		});
	// A plain number is short for { value }; "+2.4K" typed as text gets a suggestion.
	return z.preprocess((input, ctx) => {
		if (typeof input === 'number') return { value: input };
		if (typeof input === 'string') {
			const more = /^\s*\+\s*(\d+(?:[.,]\d+)?)\s*([kK])?\s*$/.exec(input);
			const value = more ? Math.round(Number(more[1]!.replace(',', '.')) * (more[2] ? 1000 : 1)) : undefined;
			ctx.addIssue({ code: 'custom', message: m.figureIsText(shown(input), more ? `{ value: ${value}, qualifier: moreThan }` : undefined) });
			return z.NEVER;
		}
		return input;
	}, object);
}

export type Figure = z.output<ReturnType<typeof figureSchema>>;
