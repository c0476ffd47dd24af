import { mdxToMdast } from 'satteri';
import { componentNames, componentRules, type ComponentName } from './components';
import { isCommentOnly } from './expressions';
import { linkTarget } from './links';
import type { Messages } from './messages';
import { closest } from './suggest';

/**
 * What in an MDX page would run code when the site is built, emit HTML of its own, or link outside
 * the web, e-mail and phone: the one rule that both the content checks (src/content/page.ts) and the
 * build's guard (src/content/mdx-guard.ts) apply, decided from the parsed tree.
 *
 * - `esm`: `import` / `export` (code, run when the page loads);
 * - `expression`: `{…}` that is more than a comment (code, run when the page renders);
 * - `element`: a tag that is not a report component: HTML (`<meta>`, `<script>`), `<Fragment>`, `<>`, `<A.B>`;
 * - `attribute`: an attribute in braces or spread (`id={…}`, `{...x}`), or one the component does not
 *   have (`set:html`, `set:text`, `is:raw`, `onclick`…);
 * - `link`: a Markdown link or reference definition to anywhere but https:, http:, mailto:, tel:, / and #.
 */
export type CodeFinding = { line?: number | undefined; column?: number | undefined } & (
	| { kind: 'esm' }
	| { kind: 'expression' }
	| { kind: 'element'; name: string }
	| { kind: 'attribute'; component: ComponentName; name?: string | undefined; known?: boolean }
	| { kind: 'link'; url: string }
);

/** The parts of an MDX syntax tree this rule reads. */
export type MdxNode = {
	type: string;
	name?: string | null;
	value?: unknown;
	url?: unknown;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: MdxNode[];
	position?: { start: { line: number; column: number } };
};

/** An MDX text's syntax tree, as the build's compiler reads it (Sätteri); throws on a syntax error. */
export const parseMdx = (text: string) => mdxToMdast(text) as unknown as MdxNode;

export const isComponent = (name: string): name is ComponentName => (componentNames as string[]).includes(name);

/** Every finding in the tree, in document order. */
export function findCode(tree: MdxNode): CodeFinding[] {
	const found: CodeFinding[] = [];
	const visit = (node: MdxNode) => {
		const at = { line: node.position?.start.line, column: node.position?.start.column };
		switch (node.type) {
			case 'mdxjsEsm':
				found.push({ ...at, kind: 'esm' });
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (typeof node.value !== 'string' || !isCommentOnly(node.value)) found.push({ ...at, kind: 'expression' });
				return;
			case 'link':
			case 'definition':
				if (typeof node.url !== 'string' || !linkTarget(node.url)) found.push({ ...at, kind: 'link', url: String(node.url) });
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				if (!isComponent(name)) {
					found.push({ ...at, kind: 'element', name });
					break;
				}
				const rules = componentRules[name].attributes as Record<string, unknown>;
				for (const a of node.attributes ?? []) {
					if (a.type !== 'mdxJsxAttribute' || !a.name) found.push({ ...at, kind: 'attribute', component: name });
					else if (!(a.name in rules)) found.push({ ...at, kind: 'attribute', component: name, name: a.name, known: false });
					else if (a.value !== null && a.value !== undefined && typeof a.value !== 'string') found.push({ ...at, kind: 'attribute', component: name, name: a.name });
				}
				break;
			}
		}
		for (const child of node.children ?? []) visit(child);
	};
	visit(tree);
	return found;
}

/** A finding as a problem: what it is about, what to do, and whether only the file can fix it (the visual editor cannot open the page). */
export function codeProblem(f: CodeFinding, m: Messages): { what: string; message: string; fileOnly: boolean } {
	switch (f.kind) {
		case 'esm':
			return { what: m.whole, message: m.mdx.esm, fileOnly: true };
		case 'expression':
			return { what: '{ }', message: m.mdx.expression, fileOnly: true };
		case 'element':
			return {
				what: `<${f.name}>`,
				message: /^[a-z]/.test(f.name) ? m.mdx.html(f.name, componentNames) : m.mdx.unknownComponent(f.name, closest(f.name, componentNames), componentNames),
				fileOnly: true,
			};
		case 'attribute': {
			const tag = `<${f.component}>`;
			if (!f.name) return { what: tag, message: m.mdx.attributeExpression('…'), fileOnly: true };
			if (f.known !== false) return { what: `${tag} ${f.name}`, message: m.mdx.attributeExpression(f.name), fileOnly: true };
			const known = Object.keys(componentRules[f.component].attributes);
			return { what: `${tag} ${f.name}`, message: m.mdx.unknownAttribute(f.name, closest(f.name, known), known), fileOnly: true };
		}
		case 'link':
			return { what: m.mdx.link, message: m.mdx.unsafeLink(f.url), fileOnly: false };
	}
}
