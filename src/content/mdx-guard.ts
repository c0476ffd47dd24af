import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { messageLanguage } from './language';
import { messagesFor } from './messages';
import { codeProblem, findCode, parseMdx } from './mdx-code';
import { explainSyntaxError } from './page';
import { ContentError, formatProblem, type Problem } from './problems';

/**
 * The build's own guard: MDX becomes JavaScript that the build runs, so every MDX file is checked
 * again at the moment it is compiled, with the rule `npm run check` applies (src/content/mdx-code.ts),
 * and refused before the compiler sees it if anything in it could run code or emit HTML. The content
 * loader checks the report pages before anything renders; this guard is for whatever route reaches
 * the compiler without that check (a file imported from elsewhere, a build whose loader was not run).
 * It runs before @astrojs/mdx's own transform (both are `enforce: 'pre'`; this one is listed first).
 */
export function mdxGuard(): Plugin {
	let root = process.cwd();
	return {
		name: 'metropolis-mdx-guard',
		enforce: 'pre',
		configResolved(config) {
			root = config.root;
		},
		transform: {
			filter: { id: /\.mdx$/ },
			handler(code, id) {
				const m = messagesFor(messageLanguage());
				const file = relative(root, id).split('\\').join('/');
				let problems: Problem[];
				try {
					problems = findCode(parseMdx(code)).map((f) => ({ file, line: f.line, column: f.column, ...codeProblem(f, m) }));
				} catch (error) {
					const { line, column, message } = explainSyntaxError(String((error as Error).message), m);
					problems = [{ file, line, column, what: m.whole, message }];
				}
				if (problems.length) throw new ContentError(problems.map(formatProblem), m);
				return undefined;
			},
		},
	};
}
