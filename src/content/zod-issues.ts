import type { z } from 'astro/zod';
import type { Messages } from './messages';
import { closest } from './suggest';

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

/** The field names known at `path` of a schema, to suggest the right spelling of a misspelt one. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	let node: any = schema;
	const unwrap = () => {
		for (;;) {
			const def = node?._zod?.def;
			if (!def) return;
			// z.preprocess is a pipe from a transform to the schema: the keys are the schema's.
			if (def.type === 'pipe') node = def.in?._zod?.def?.type === 'transform' ? def.out : def.in;
			else if (['optional', 'default', 'nullable', 'readonly', 'catch', 'prefault'].includes(def.type)) node = def.innerType;
			else return;
		}
	};
	unwrap();
	for (const key of path) {
		const def = node?._zod?.def;
		if (def?.type === 'object') node = def.shape[key as string];
		else if (def?.type === 'array') node = def.element;
		else if (def?.type === 'record') node = def.valueType;
		else return [];
		unwrap();
	}
	const def = node?._zod?.def;
	return def?.type === 'object' ? Object.keys(def.shape) : [];
}

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

const isZodDefault = (message: string) => /^Invalid |^Unrecognized key|^Too (big|small)/.test(message);

/** One or more editor-facing issues per zod issue; our schemas' own messages are kept as written. */
export function describeIssues(schema: z.ZodType, issues: readonly z.core.$ZodIssue[], m: Messages): Issue[] {
	return issues.flatMap((issue): Issue[] => {
		const path = [...issue.path];
		if (!isZodDefault(issue.message)) return [{ path, message: issue.message }];
		switch (issue.code) {
			case 'unrecognized_keys': {
				const known = knownKeysAt(schema, issue.path);
				return issue.keys.map((key) => ({ path: [...path, key], atKey: true, message: m.unknownField(key, closest(key, known), known) }));
			}
			case 'invalid_type': {
				const expected = m.expected[issue.expected === 'object' ? 'group' : issue.expected === 'array' ? 'list' : issue.expected === 'string' ? 'text' : issue.expected === 'boolean' ? 'boolean' : 'number'];
				return [{ path, message: issue.input === undefined ? m.missing(expected) : m.wrongType(shown(issue.input), expected) }];
			}
			case 'invalid_value':
				return [{ path, message: m.notAllowed(shown(issue.input), issue.values.map(String)) }];
			case 'too_big':
				return [{ path, message: m.tooMany(Number(issue.maximum)) }];
			default:
				return [{ path, message: issue.message }];
		}
	});
}
