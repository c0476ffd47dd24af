import { z } from 'astro/zod';
import type { Messages } from './messages';
import { shown } from './zod-issues';

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
export const figureFields = ['id', 'value', 'kind', 'qualifier', 'currency', 'source', 'note'] as const;

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

/** "+2.4K" typed where a number goes: the number it means (2400, "more than"). */
export function moreThanFromText(text: string): number | undefined {
	const more = /^\s*\+\s*(\d+(?:[.,]\d+)?)\s*([kK])?\s*$/.exec(text);
	return more ? Math.round(Number(more[1]!.replace(',', '.')) * (more[2] ? 1000 : 1)) : undefined;
}

/** A figure without its id (the id is checked with the list, where duplicates show). */
export function figureSchema(m: Messages) {
	const text = (expected: string) => z.string({ error: m.wrongType('—', expected) }).trim().min(1, m.empty(expected));
	return z
		.strictObject({
			value: z.number({
				error: (i) =>
					i.input === undefined ? m.missing(m.expected.number) : m.figureIsText(shown(i.input), typeof i.input === 'string' ? moreThanFromText(i.input) : undefined),
			}),
			kind: z.enum(kinds).default('count'),
			qualifier: z.enum(qualifiers).default('exact'),
			/** ISO 4217 code, for amounts. */
			currency: z.string().regex(/^[A-Z]{3}$/, { error: (i) => m.currencyInvalid(shown(i.input)) }).optional(),
			/** Where the figure was published. */
			source: text(m.expected.source).optional(),
			/** For the team only (never published): why the figure is written this way, what the source says. */
			note: text(m.expected.note).optional(),
		})
		.superRefine((f, ctx) => {
			if (!inRange(f.kind, f.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: m.outOfRange(f.value, m.range[f.kind]) });
			if (f.kind === 'amount' && !f.currency) ctx.addIssue({ code: 'custom', path: ['currency'], message: m.currencyMissing });
			if (f.kind !== 'amount' && f.currency) ctx.addIssue({ code: 'custom', path: ['currency'], message: m.currencyNotAmount });
		});
}

export type Figure = z.output<ReturnType<typeof figureSchema>>;
