import type { z } from 'astro/zod';
import { unknownKeyMessage } from './suggest';

/**
 * Turns zod issues into lines an editor can act on:
 * `content/reports/2021/figures.md › staff.professionals: what is wrong (got X, expected Y)`.
 */
export const line = (file: string, path: string, message: string) => `${file} › ${path || '(whole file)'}: ${message}`;

/** Paths as editors read them: list items counted from 1, like the figure ids (`genderParity.1.women`). */
export const pathText = (path: readonly PropertyKey[]) =>
	path.map((p) => (typeof p === 'number' ? String(p + 1) : String(p))).join('.');

const expectedWords: Record<string, string> = {
	object: 'a group of fields',
	array: 'a list',
	string: 'a text',
	number: 'a number',
	boolean: 'true or false',
};

const show = (input: unknown) =>
	input === undefined ? 'nothing' : typeof input === 'string' ? `"${input}"` : Array.isArray(input) ? 'a list' : typeof input === 'object' && input ? 'a group of fields' : String(input);

/** The known field names at `path` of a schema, to suggest the right spelling of a misspelt one. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	let node: any = schema;
	const unwrap = () => {
		for (;;) {
			const def = node?._zod?.def;
			if (!def) return;
			if (def.type === 'pipe') node = def.in;
			else if (['optional', 'default', 'nullable', 'readonly', 'catch', 'prefault'].includes(def.type)) node = def.innerType;
			else if (def.type === 'union') node = def.options.find((o: any) => o._zod.def.type === 'object') ?? def.options[0];
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

/** zod's own wording, which we replace; our schemas' messages are already written for editors. */
const isZodDefault = (message: string) => /^Invalid (input|option)|^Unrecognized key/.test(message);

interface Problem {
	path: string;
	message: string;
}

/**
 * One line per problem. `language` names the language of a text file, so that a missing
 * translation says which language lacks it: "is missing from the French text".
 */
export function describeIssues(file: string, schema: z.ZodType, issues: readonly z.core.$ZodIssue[], language?: string): string[] {
	return issues
		.flatMap((issue) => describe(schema, issue))
		.map(({ path, message }) => line(file, path, language ? message.replace(/^is missing\b/, `is missing from the ${language} text`) : message));
}

function describe(schema: z.ZodType, issue: z.core.$ZodIssue): Problem[] {
	const path = pathText(issue.path);
	switch (issue.code) {
		case 'unrecognized_keys': {
			const known = knownKeysAt(schema, issue.path);
			return issue.keys.map((key) => ({ path: pathText([...issue.path, key]), message: unknownKeyMessage(key, known) }));
		}
		case 'invalid_type': {
			if (!isZodDefault(issue.message)) return [{ path, message: issue.message }];
			const expected = expectedWords[issue.expected] ?? issue.expected;
			const message = issue.input === undefined ? `is missing (expected ${expected})` : `has the wrong type (got ${show(issue.input)}, expected ${expected})`;
			return [{ path, message }];
		}
		case 'invalid_value':
			return [{ path, message: `is not allowed (got ${show(issue.input)}, expected one of: ${issue.values.map(String).join(', ')})` }];
		case 'invalid_union':
			return [{ path, message: `has the wrong form (got ${show(issue.input)}, expected a text, or { text, ordinal: f } for a feminine ordinal)` }];
		default:
			return [{ path, message: issue.message }];
	}
}
