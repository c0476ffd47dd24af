import { z } from 'astro/zod';
import type { Messages } from './messages';
import { largestValue, textLimits } from './limits';
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

/**
 * A number written in another notation than digits (`0x11`, `1e3`, `012`, `.inf`: YAML reads them, see
 * yaml.ts): what it means, when it is one a report can show.
 */
export function notationValue(text: string): { value?: number } | undefined {
	const trimmed = text.trim();
	if (/^[-+]?\.(inf|nan)$/i.test(trimmed)) return {};
	if (!/^[-+]?(0[xXoObB][0-9a-fA-F]+|[0-9.]+([eE][-+]?\d+)?)$/.test(trimmed) || /^-?(0|[1-9]\d*)(\.\d+)?$/.test(trimmed)) return undefined;
	const value = Number(trimmed.replace(/^\+/, '').replace(/^(-?)0+(?=\d)/, '$1'));
	return Number.isFinite(value) && Math.abs(value) <= largestValue ? { value } : {};
}

/** What a value that is not a number gets as its message: the "+" of a source, another notation, or quotes. */
function notANumber(input: unknown, m: Messages): string {
	if (typeof input !== 'string') return m.figureIsText(shown(input));
	const moreThan = moreThanFromText(input);
	if (moreThan !== undefined) return m.figureIsText(shown(input), moreThan);
	const notation = notationValue(input);
	return notation ? m.numberNotation(input, notation.value) : m.figureIsText(shown(input));
}

/** A figure without its id (the id is checked with the list, where duplicates show). */
export function figureSchema(m: Messages) {
	const text = (expected: string, max: number) =>
		z
			.string({ error: m.wrongType('—', expected) })
			.trim()
			.min(1, m.empty(expected))
			.max(max, { error: (i) => m.tooLong(String(i.input).length, max) });
	return z
		.strictObject({
			value: z.number({ error: (i) => (i.input === undefined ? m.missing(m.expected.number) : notANumber(i.input, m)) }),
			kind: z.enum(kinds).default('count'),
			qualifier: z.enum(qualifiers).default('exact'),
			/** ISO 4217 code, for amounts. */
			currency: z.string().regex(/^[A-Z]{3}$/, { error: (i) => m.currencyInvalid(shown(i.input)) }).optional(),
			/** Where the figure was published. */
			source: text(m.expected.source, textLimits.source).optional(),
			/** For the team only (never published): why the figure is written this way, what the source says. */
			note: text(m.expected.note, textLimits.teamNote).optional(),
		})
		.superRefine((f, ctx) => {
			if (Math.abs(f.value) > largestValue) ctx.addIssue({ code: 'custom', path: ['value'], message: m.tooLarge(largestValue) });
			else if (!inRange(f.kind, f.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: m.outOfRange(f.value, m.range[f.kind]) });
			if (f.kind === 'amount' && !f.currency) ctx.addIssue({ code: 'custom', path: ['currency'], message: m.currencyMissing });
			if (f.kind !== 'amount' && f.currency) ctx.addIssue({ code: 'custom', path: ['currency'], message: m.currencyNotAmount });
		});
}

export type Figure = z.output<ReturnType<typeof figureSchema>>;
