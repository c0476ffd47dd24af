import { z } from 'astro/zod';
import { componentRules, type AttributeRule, type ComponentName } from './components';
import type { Messages } from './messages';
import type { Problem } from './problems';
import { textLimits } from './limits';
import { codeProblem, findCode, isComponent, parseMdx, type MdxNode } from './mdx-code';
import { readYaml, yamlProblem } from './yaml';
import { field, parseContent, text } from './fields';
import { genders, type Gender } from './gender';
import type { Page, PageSection, PlacedChart, Segment } from './model';

export type { Page, PageSection, PlacedChart, Segment };

/**
 * One language of a report: `content/reports/<year>/<lang>.mdx`. Its data block holds the title,
 * description, hero and the figures' labels; its body the sections, in order, with their words and
 * components. This module reads it without rendering it, to check it and to know its shape.
 */

/** A name in the page that must exist in figures.yaml, where it is written. */
export interface Reference {
	kind: 'figure' | 'chart';
	id: string;
	line?: number | undefined;
	column?: number | undefined;
	what: string;
}

export interface ReadPage {
	page?: Page;
	problems: Problem[];
	references: Reference[];
	/** Line of each label key, for problems about labels. */
	labelLines: Record<string, number>;
}

const labelText = text('label', textLimits.label);

/** The data block of a page: title, description, hero, and the figures' labels and notes in its language. */
export const frontmatterSchema = z.strictObject({
	title: text('title', textLimits.title),
	description: text('description', textLimits.description),
	hero: z.strictObject({
		kicker: text('kicker', textLimits.kicker),
		title: text('heroTitle', textLimits.heroTitle),
		lead: text('lead', textLimits.lead),
	}),
	labels: z.record(z.string(), field(z.union([labelText, z.strictObject({ text: labelText, gender: z.enum(genders) })]), { expected: 'labelOrGendered' })).default({}),
	notes: z.record(z.string(), text('note', textLimits.note)).default({}),
});

/** `{{id}}` (and `{{id|f}}` for a feminine ordinal) in the data block's texts; `{{year}}` is the year. */
export const placeholderPattern = /\{\{\s*([\w.-]+)\s*(?:\|\s*(\w+)\s*)?\}\}/g;

type Node = MdxNode;

/** MDX parser messages ("1:3: Unexpected end of file in expression…") in plain words. */
export function explainSyntaxError(message: string, m: Messages): { line?: number; column?: number; message: string } {
	const at = /^(\d+):(\d+):\s*/.exec(message);
	const detail = message.replace(/^(\d+):(\d+):\s*/, '').replace(/\s*\([\w-]+:[\w-]+\)\s*$/, '');
	const where = at ? { line: Number(at[1]), column: Number(at[2]) } : {};
	let found: RegExpExecArray | null;
	if ((found = /Expected a closing tag for `<([^>\s]*)/.exec(detail))) return { ...where, message: m.mdx.unclosedTag(found[1]!) };
	if ((found = /closing tag `<\/([^>]*)>`.*?`<([^>\s]*)/.exec(detail))) return { ...where, message: m.mdx.wrongClosingTag(found[1]!, found[2]!) };
	if ((found = /closing tag `<\/([^>]*)>`/.exec(detail))) return { ...where, message: m.mdx.strayClosingTag(found[1]!) };
	if (/expression|brace/.test(detail)) return { ...where, message: m.mdx.openBrace };
	if (/after `<`|before name/.test(detail)) return { ...where, message: m.mdx.strayLessThan };
	if (/attribute|after name|self-closing|`>`/.test(detail)) return { ...where, message: m.mdx.badAttribute };
	return { ...where, message: m.mdx.other(detail) };
}

/** Reads and checks one language file. Never throws. */
export function readPage(file: string, source: string, m: Messages): ReadPage {
	const problems: Problem[] = [];
	const references: Reference[] = [];
	const labelLines: Record<string, number> = {};
	let labelsLine = 2;
	const add = (what: string, message: string, line?: number, column?: number) => problems.push({ file, line, column, what, message });
	// What the visual editor refuses to open (it fails on the whole page): fixed in the file itself.
	const addInFile = (what: string, message: string, line?: number, column?: number) => problems.push({ file, line, column, what, message, fileOnly: true });

	const text = source.replace(/^\uFEFF/, '');
	const lines = text.split(/\r?\n/);
	if (lines[0]?.trim() !== '---') return { problems: [{ file, line: 1, what: m.whole, message: m.noFrontmatter, fileOnly: true }], references, labelLines };
	const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
	if (end === -1) return { problems: [{ file, line: 1, what: m.whole, message: m.unclosedFrontmatter }], references, labelLines };

	// The data block: YAML from line 2.
	const yaml = readYaml(lines.slice(1, end).join('\n'), 2);
	let front: z.output<typeof frontmatterSchema> | undefined;
	if ('problem' in yaml) addInFile(m.whole, yamlProblem(yaml, m), yaml.line);
	else {
		const parsed = parseContent(frontmatterSchema, yaml.data, m);
		if ('data' in parsed) front = parsed.data;
		else for (const issue of parsed.issues) add(issue.path.join('.') || m.whole, issue.message, yaml.lineOf(issue.path, issue.atKey));
		// Figure names used in the data block: label and note keys, and {{id}} in the texts.
		const data = yaml.data as Record<string, unknown>;
		for (const field of ['labels', 'notes'] as const)
			for (const id of Object.keys((data?.[field] as object) ?? {})) {
				const line = yaml.lineOf([field, id], true);
				if (field === 'labels' && line) labelLines[id] = line;
				references.push({ kind: 'figure', id, line, what: `${field}.${id}` });
			}
		const walk = (value: unknown, path: string[]) => {
			if (typeof value === 'string')
				for (const [, id] of value.matchAll(placeholderPattern))
					if (id !== 'year') references.push({ kind: 'figure', id: id!, line: yaml.lineOf(path), what: path.join('.') });
			if (value && typeof value === 'object' && !['labels', 'notes'].includes(path[0] ?? '')) for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
		};
		walk(yaml.data, []);
		labelsLine = yaml.lineOf(['labels'], true) ?? 2;
	}

	// The body, with the same parser the build uses.
	let tree: Node;
	try {
		tree = parseMdx(text);
	} catch (error) {
		const { line, column, message } = explainSyntaxError(String((error as Error).message), m);
		addInFile(m.whole, message, line, column);
		return { problems, references, labelLines };
	}

	const sections: PageSection[] = [];
	const charts: PlacedChart[] = [];
	const stats: string[] = [];
	const cited: string[] = [];
	const contexts: Record<string, Segment[]> = {};
	let section: PageSection | undefined;

	const attr = (node: Node, name: string) => {
		const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
		// An empty value is no value (the visual editor writes `gender=""` for an optional field left blank).
		return typeof a?.value === 'string' ? a.value.trim() || undefined : undefined;
	};
	const segments = (node: Node): Segment[] => {
		if (node.type === 'text' || node.type === 'inlineCode') return [{ text: String(node.value) }];
		if (node.type === 'break') return [{ text: ' ' }];
		if (node.type === 'mdxJsxTextElement' && node.name === 'Fig') {
			const id = attr(node, 'id');
			return id ? [{ fig: id, gender: attr(node, 'gender') as Gender | undefined }] : [];
		}
		return (node.children ?? []).flatMap(segments);
	};
	const show = (id: string, context: Node | undefined) => {
		if (section && !section.figures.includes(id)) section.figures.push(id);
		if (!cited.includes(id)) cited.push(id);
		if (context && !contexts[id]) contexts[id] = segments(context);
	};

	/** Checks a component's attributes; false when it cannot be used. */
	const checkAttributes = (node: Node, name: ComponentName, line?: number, column?: number): boolean => {
		const rules = componentRules[name].attributes as Record<string, AttributeRule>;
		const tag = `<${name}>`;
		let ok = true;
		// Attributes in braces, spread or unknown are code findings (findCode), already reported.
		for (const a of node.attributes ?? []) {
			if (a.type !== 'mdxJsxAttribute' || !a.name) {
				ok = false;
				continue;
			}
			const rule = rules[a.name];
			if (!rule) continue;
			if (typeof a.value !== 'string') {
				if (a.value === null || a.value === undefined) addInFile(`${tag} ${a.name}`, m.mdx.attributeEmpty(a.name), line, column);
				ok = false;
				continue;
			}
			const value = a.value.trim();
			if (!value && !rule.required) continue;
			if (!value) {
				add(`${tag} ${a.name}`, m.mdx.attributeEmpty(a.name), line, column);
				ok = false;
			} else if (rule.values && !rule.values.includes(value)) add(`${tag} ${a.name}`, m.mdx.attributeValue(a.name, value, rule.values), line, column);
			else if (rule.pattern === 'sectionId' && !/^[a-z][a-z0-9-]*$/.test(value)) add(`${tag} ${a.name}`, m.mdx.sectionId(value), line, column);
			else if (rule.max && value.length > rule.max) add(`${tag} ${a.name}`, m.tooLong(value.length, rule.max), line, column);
			else if (rule.refers) references.push({ kind: rule.refers, id: value, line, column, what: `<${name} ${a.name}="${value}">` });
		}
		for (const [a, rule] of Object.entries(rules))
			if (rule.required && attr(node, a) === undefined && !node.attributes?.some((x) => x.name === a)) {
				add(tag, m.mdx.missingAttribute(a, componentRules[name].example), line, column);
				ok = false;
			}
		const content = componentRules[name].content;
		const hasContent = segments(node).some((s) => 'fig' in s || s.text.trim()) || (node.children ?? []).some((c) => c.type.startsWith('mdxJsx'));
		if (content === 'required' && !hasContent) add(tag, m.mdx.needsContent(name, componentRules[name].example), line, column);
		if (content === 'none' && node.children?.length) add(tag, m.mdx.noContent(name), line, column);
		return ok;
	};

	const visit = (node: Node, parents: Node[]) => {
		const line = node.position?.start.line;
		const column = node.position?.start.column;
		switch (node.type) {
			// Code, HTML and unsafe links are reported by findCode (above); their content is not the report's.
			case 'mdxjsEsm':
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				return;
			case 'heading':
			case 'table':
			case 'image':
			case 'blockquote':
			case 'code':
			case 'inlineCode':
			case 'delete':
			case 'thematicBreak':
				// Their content is still read, so that a figure cited in it counts as shown (one problem, not two).
				addInFile('Markdown', m.mdx.unusedMarkdown[node.type === 'inlineCode' ? 'code' : node.type], line, column);
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				if (!isComponent(name)) break;
				if (!checkAttributes(node, name, line, column)) break;
				const id = attr(node, 'id')?.trim() ?? '';
				if (name === 'Section') {
					if (section) {
						add('<Section>', m.mdx.nestedSection, line, column);
						break;
					}
					if (sections.some((s) => s.id === id)) add(`<Section id="${id}">`, m.mdx.duplicateSection(id), line, column);
					const title = attr(node, 'title')!;
					section = { id, title, nav: attr(node, 'nav')?.trim() || title, line: line ?? 0, figures: [], charts: [] };
					sections.push(section);
					for (const child of node.children ?? []) visit(child, [...parents, node]);
					section = undefined;
					return;
				}
				if (name === 'Stat') {
					if (parents.at(-1)?.name !== 'Stats') add('<Stat>', m.mdx.statOutsideStats, line, column);
					if (!stats.includes(id)) stats.push(id);
					show(id, undefined);
					for (const s of segments(node)) if ('fig' in s) show(s.fig, node);
				} else if (name === 'Fig') show(id, [...parents].reverse().find((p) => ['paragraph', 'listItem', 'mdxJsxFlowElement', 'tableCell', 'heading'].includes(p.type)));
				else if (name === 'Chart') {
					if (charts.some((c) => c.id === id)) add(`<Chart id="${id}">`, m.mdx.duplicateChart(id), line, column);
					const caption = segments(node);
					const length = segmentsText(caption, () => '00000').length;
					if (length > textLimits.caption) add(`<Chart id="${id}">`, m.tooLong(length, textLimits.caption), line, column);
					charts.push({ id, section: section?.id, caption, line: line ?? 0 });
					section?.charts.push(id);
					for (const s of segments(node)) if ('fig' in s) show(s.fig, node);
					return;
				}
				break;
			}
		}
		for (const child of node.children ?? []) visit(child, [...parents, node]);
	};
	for (const finding of findCode(tree)) {
		const { what, message, fileOnly } = codeProblem(finding, m);
		(fileOnly ? addInFile : add)(what, message, finding.line, finding.column);
	}
	visit(tree, []);

	if (!front || problems.length) return { problems, references, labelLines };
	const labels = Object.fromEntries(
		Object.entries(front.labels).map(([id, l]) => [id, typeof l === 'string' ? { text: l, gender: 'm' as const } : l]),
	);
	return {
		page: { file, title: front.title, description: front.description, hero: front.hero, labels, notes: front.notes, sections, charts, stats, cited, contexts, labelsLine },
		problems,
		references,
		labelLines,
	};
}

/** A caption or sentence as plain text, with each figure as `format` writes it. */
export const segmentsText = (segments: Segment[], format: (id: string, gender?: Gender) => string) =>
	segments
		.map((s) => ('fig' in s ? format(s.fig, s.gender) : s.text))
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
