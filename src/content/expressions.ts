import { parse, type Comment } from 'acorn';

/**
 * MDX compiles whatever is between braces as JavaScript, and the build runs it. The report's text
 * allows braces only as a comment for the team (`{/* … *\/}`), so an expression is accepted only
 * when, parsed as the JavaScript module it becomes, it holds comments and nothing else: no statement,
 * no expression, not even an empty one. The decision comes from the parsed program, never from
 * how the text starts or ends (`{/* a *\/ anything /* b *\/}` starts and ends like a comment).
 */
export function isCommentOnly(source: string): boolean {
	const comments: Comment[] = [];
	try {
		const program = parse(source, {
			ecmaVersion: 'latest',
			// A module, as MDX compiles to: `<!--` and `-->` are no comments there, and no hashbang is allowed.
			sourceType: 'module',
			allowHashBang: false,
			onComment: comments,
		});
		// Block comments only: a `//` comment would also swallow the closing brace once compiled.
		return program.body.length === 0 && comments.length > 0 && comments.every((c) => c.type === 'Block');
	} catch {
		return false;
	}
}
