import { z } from 'astro/zod';
import type { Messages } from './messages';
import { closest } from './suggest';

/**
 * How a content file's zod schemas speak to staff. The schemas are fixed at module level and know no
 * language; each field declares what it expects (`field(z.string(), { expected: 'title' })`), and the
 * error map of the messages' language (es or en) turns every zod issue into plain words from that: by
 * the issue's code and the field's declaration, never by matching zod's own (English) wording.
 */

/** An issue as zod's error map receives it (with the schema it is about). */
type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

/** What staff read about a field: what it expects ("the page title"), or its own message for some issues. */
export interface FieldHint {
	expected?: keyof Messages['expected'];
	/** A message of the field's own for an issue (undefined: the usual message for that kind of issue). */
	message?: (m: Messages, issue: RawIssue) => string | undefined;
}

const fieldHints = new WeakMap<object, FieldHint>();

/** `schema`, declared with what staff read about it. */
export function field<T extends z.ZodType>(schema: T, hint: FieldHint): T {
	fieldHints.set(schema, hint);
	return schema;
}

/** A text field: trimmed, not empty, at most `max` characters (src/content/limits.ts). */
export const text = (expected: keyof Messages['expected'], max: number) => field(z.string().trim().min(1).max(max), { expected });

/** What an input is, in words (never a dump of code). */
export const shown = (input: unknown) =>
	input === undefined || input === null
		? '—'
		: typeof input === 'string'
			? `"${input}"`
			: Array.isArray(input)
				? `[${input.map((i) => (typeof i === 'object' ? '…' : String(i))).join(', ')}]`
				: typeof input === 'object'
					? '{ … }'
					: String(input);

const typeWords: Record<string, keyof Messages['expected']> = { object: 'group', array: 'list', string: 'text', boolean: 'boolean', record: 'group' };

/** One issue in the editor's words. `schema` is the field the issue is about (zod 4 stamps it on checks too). */
function issueMessage(issue: RawIssue, m: Messages): string {
	const schema = issue.schema ?? issue.inst;
	const hint = schema ? fieldHints.get(schema) : undefined;
	const own = hint?.message?.(m, issue);
	if (own) return own;
	const expected = hint?.expected ? m.expected[hint.expected] : undefined;
	switch (issue.code) {
		case 'invalid_type': {
			const what = expected ?? m.expected[typeWords[issue.expected] ?? 'number'];
			return issue.input === undefined ? m.missing(what) : m.wrongType(shown(issue.input), what);
		}
		case 'invalid_union':
			return m.wrongType(shown(issue.input), expected ?? m.expected.text);
		case 'invalid_value':
			return m.notAllowed(shown(issue.input), issue.values.map(String));
		case 'too_small':
			return issue.origin === 'string' ? m.empty(expected ?? m.expected.text) : m.missing(expected ?? m.expected.list);
		case 'too_big':
			return issue.origin === 'string' ? m.tooLong(String(issue.input).length, Number(issue.maximum)) : m.tooMany(Number(issue.maximum));
		case 'unrecognized_keys':
			// Said key by key, with a suggestion (parseContent).
			return issue.keys.join(', ');
		default:
			return m.wrongType(shown(issue.input), expected ?? m.expected.text);
	}
}

/** A zod issue in an editor's words, with the path it is about (and whether that path is a key to point at). */
export interface Issue {
	path: PropertyKey[];
	message: string;
	atKey?: boolean;
	/** How the problem names the place, where the path alone would not (`figures.staff.interns` for `figures.3`). */
	what?: string;
	/** The figure of the `figures:` list it is about, by name. */
	figure?: string;
}

/** Parses `data` with `schema`; what is wrong, as issues in the editor's words, in the messages' language. */
export function parseContent<T extends z.ZodType>(schema: T, data: unknown, m: Messages): { data: z.output<T> } | { issues: Issue[] } {
	// The fields an object has, for "did you mean" on a misspelt one: noted as each unknown key is met.
	const known = new WeakMap<readonly string[], string[]>();
	const parsed = schema.safeParse(data, {
		reportInput: true,
		error: (issue) => {
			if (issue.code === 'unrecognized_keys' && issue.inst instanceof z.ZodObject) known.set(issue.keys, Object.keys(issue.inst.shape));
			return issueMessage(issue, m);
		},
	});
	if (parsed.success) return { data: parsed.data };
	return {
		issues: parsed.error.issues.flatMap((issue): Issue[] => {
			if (issue.code !== 'unrecognized_keys') return [{ path: [...issue.path], message: issue.message }];
			const fields = known.get(issue.keys) ?? [];
			return issue.keys.map((key) => ({ path: [...issue.path, key], atKey: true, message: m.unknownField(key, closest(key, fields), fields) }));
		}),
	};
}
