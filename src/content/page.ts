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
	/** What to confirm, which does not stop the build (a figure cited twice in one sentence). */
	warnings: Problem[];
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
		/** The title over the year's headline figures (figures.yaml `headline:`), e.g. «Nuestro impacto». */
		headline: text('headlineTitle', textLimits.headlineTitle).optional(),
	}),
	labels: z.record(z.string(), field(z.union([labelText, z.strictObject({ text: labelText, gender: z.enum(genders) })]), { expected: 'labelOrGendered' })).default({}),
	notes: z.record(z.string(), text('note', textLimits.note)).default({}),
});

/** `{{id}}` (and `{{id|f}}` for a feminine ordinal) in the data block's texts; `{{year}}` is the year. */
export const placeholderPattern = /\{\{\s*([\w.-]+)\s*(?:\|\s*(\w+)\s*)?\}\}/g;

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

/** The problems and references of one file, as they are found, in order. */
interface Findings {
	problems: Problem[];
	warnings: Problem[];
	references: Reference[];
	add: (what: string, message: string, line?: number, column?: number) => void;
	/** What the visual editor refuses to open (it fails on the whole page): fixed in the file itself. */
	addInFile: (what: string, message: string, line?: number, column?: number) => void;
	warn: (what: string, message: string, line?: number, column?: number) => void;
}

function findings(file: string): Findings {
	const problems: Problem[] = [];
	const warnings: Problem[] = [];
	return {
		problems,
		warnings,
		references: [],
		add: (what, message, line, column) => problems.push({ file, line, column, what, message }),
		addInFile: (what, message, line, column) => problems.push({ file, line, column, what, message, fileOnly: true }),
		warn: (what, message, line, column) => warnings.push({ file, line, column, what, message }),
	};
}

/** Reads and checks one language file. Never throws. */
export function readPage(file: string, source: string, m: Messages): ReadPage {
	const found = findings(file);
	const { problems, references, warnings } = found;
	const text = source.replace(/^\uFEFF/, '');
	const lines = text.split(/\r?\n/);
	if (lines[0]?.trim() !== '---') return { problems: [{ file, line: 1, what: m.whole, message: m.noFrontmatter, fileOnly: true }], references, labelLines: {}, warnings: [] };
	const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
	if (end === -1) return { problems: [{ file, line: 1, what: m.whole, message: m.unclosedFrontmatter }], references, labelLines: {}, warnings: [] };

	const { front, labelLines, labelsLine } = readDataBlock(lines.slice(1, end).join('\n'), m, found);
	// The body, with the same parser the build uses.
	let tree: MdxNode;
	try {
		tree = parseMdx(text);
	} catch (error) {
		const { line, column, message } = explainSyntaxError(String((error as Error).message), m);
		found.addInFile(m.whole, message, line, column);
		return { problems, references, labelLines, warnings };
	}
	for (const finding of findCode(tree)) {
		const { what, message, fileOnly } = codeProblem(finding, m);
		(fileOnly ? found.addInFile : found.add)(what, message, finding.line, finding.column);
	}
	const body = readBody(tree, m, found);

	if (!front || problems.length) return { problems, references, labelLines, warnings };
	const labels = Object.fromEntries(
		Object.entries(front.labels).map(([id, l]) => [id, typeof l === 'string' ? { text: l, gender: 'm' as const } : l]),
	);
	return {
		page: { file, title: front.title, description: front.description, hero: front.hero, labels, notes: front.notes, ...body, labelsLine },
		problems,
		references,
		labelLines,
		warnings,
	};
}

/** The data block (YAML from line 2): its fields checked, and the figure names it uses as references. */
function readDataBlock(source: string, m: Messages, found: Findings) {
	const labelLines: Record<string, number> = {};
	const yaml = readYaml(source, 2);
	if ('problem' in yaml) {
		found.addInFile(m.whole, yamlProblem(yaml, m), yaml.line);
		return { labelLines, labelsLine: 2 };
	}
	const parsed = parseContent(frontmatterSchema, yaml.data, m);
	if ('issues' in parsed) for (const issue of parsed.issues) found.add(issue.path.join('.') || m.whole, issue.message, yaml.lineOf(issue.path, issue.atKey));
	// Figure names used in the data block: label and note keys, and {{id}} in the texts.
	const data = yaml.data as Record<string, unknown>;
	for (const field of ['labels', 'notes'] as const)
		for (const id of Object.keys((data?.[field] as object) ?? {})) {
			const line = yaml.lineOf([field, id], true);
			if (field === 'labels' && line) labelLines[id] = line;
			found.references.push({ kind: 'figure', id, line, what: `${field}.${id}` });
		}
	const walk = (value: unknown, path: string[]) => {
		if (typeof value === 'string')
			for (const [, id] of value.matchAll(placeholderPattern))
				if (id !== 'year') found.references.push({ kind: 'figure', id: id!, line: yaml.lineOf(path), what: path.join('.') });
		if (value && typeof value === 'object' && !['labels', 'notes'].includes(path[0] ?? '')) for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
	};
	walk(yaml.data, []);
	return { front: 'data' in parsed ? parsed.data : undefined, labelLines, labelsLine: yaml.lineOf(['labels'], true) ?? 2 };
}

/** What the body holds, in page order: its sections, charts, big figures, and every figure it cites (with the words around it). */
type Body = Pick<Page, 'sections' | 'charts' | 'stats' | 'statLines' | 'changes' | 'cited' | 'contexts'>;

/** The walk through the body: what it has collected, and the section it is in. */
interface Walk {
	body: Body;
	section?: PageSection | undefined;
	/** The paragraphs (and list items…) whose sentences have been looked at for a figure cited twice. */
	read: Set<MdxNode>;
	m: Messages;
	found: Findings;
}

/** Walks the body's tree: checks each component, and collects the page's shape. */
function readBody(tree: MdxNode, m: Messages, found: Findings): Body {
	const walk: Walk = { body: { sections: [], charts: [], stats: [], statLines: {}, changes: [], cited: [], contexts: {} }, read: new Set(), m, found };
	visit(walk, tree, []);
	return walk.body;
}

function visit(walk: Walk, node: MdxNode, parents: MdxNode[]): void {
	switch (node.type) {
		// Code, HTML and unsafe links are reported by findCode (readPage); their content is not the report's.
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
			walk.found.addInFile('Markdown', walk.m.mdx.unusedMarkdown[node.type === 'inlineCode' ? 'code' : node.type], node.position?.start.line, node.position?.start.column);
			break;
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement':
			if (component(walk, node, parents)) return;
	}
	visitChildren(walk, node, parents);
}

const visitChildren = (walk: Walk, node: MdxNode, parents: MdxNode[]) => {
	for (const child of node.children ?? []) visit(walk, child, [...parents, node]);
};

/** A report component in the body; true when its content has been walked already (or must not be). */
function component(walk: Walk, node: MdxNode, parents: MdxNode[]): boolean {
	const { body, m, found } = walk;
	const line = node.position?.start.line;
	const column = node.position?.start.column;
	const name = node.name ?? '';
	if (!isComponent(name)) return false;
	if (!checkAttributes(node, name, m, found, line, column)) return false;
	const id = attr(node, 'id')?.trim() ?? '';
	switch (name) {
		case 'Section':
			return section(walk, node, parents, id);
		case 'Stat':
			if (parents.at(-1)?.name !== 'Stats') found.add('<Stat>', m.mdx.statOutsideStats, line, column);
			if (!body.stats.includes(id)) {
				body.stats.push(id);
				body.statLines[id] = line ?? 1;
			}
			show(walk, id, undefined);
			for (const s of segments(node)) if ('fig' in s) show(walk, s.fig, node);
			return false;
		case 'Fig': {
			const context = [...parents].reverse().find((p) => ['paragraph', 'listItem', 'mdxJsxFlowElement', 'tableCell', 'heading'].includes(p.type));
			show(walk, id, context);
			if (context && !walk.read.has(context)) {
				walk.read.add(context);
				for (const twice of citedTwice(context)) found.warn(`<Fig id="${twice.id}">`, m.mdx.citedTwice(twice.id), twice.line, twice.column);
			}
			return false;
		}
		case 'Lede': {
			// First in its section (the sentence that opens it), so once per section.
			const section = parents.findLast((p) => p.name === 'Section');
			const first = section?.children?.find((c) => c.type !== 'text' || String(c.value ?? '').trim());
			if (!walk.section || first !== node) found.add('<Lede>', m.mdx.ledePlace, line, column);
			return false;
		}
		case 'Change':
			body.changes.push({ id, line: line ?? 1 });
			return false;
		case 'Chart': {
			if (body.charts.some((c) => c.id === id)) found.add(`<Chart id="${id}">`, m.mdx.duplicateChart(id), line, column);
			const caption = segments(node);
			const length = segmentsText(caption, () => '00000').length;
			if (length > textLimits.caption) found.add(`<Chart id="${id}">`, m.tooLong(length, textLimits.caption), line, column);
			const subtitle = attr(node, 'subtitle');
			// Plain words and the year: a figure there would be typed, not read from figures.yaml.
			for (const [got, name] of subtitle?.matchAll(placeholderPattern) ?? [])
				if (name !== 'year') found.add(`<Chart id="${id}"> subtitle`, m.mdx.subtitlePlaceholder(got), line, column);
			body.charts.push({ id, section: walk.section?.id, caption, ...(subtitle ? { subtitle } : {}), line: line ?? 0 });
			walk.section?.charts.push(id);
			for (const s of segments(node)) if ('fig' in s) show(walk, s.fig, node);
			return true;
		}
		default:
			return false;
	}
}

/** `<Section>`: opens a section of the page (never inside another) and walks its content in it. */
function section(walk: Walk, node: MdxNode, parents: MdxNode[], id: string): boolean {
	const { body, m, found } = walk;
	const line = node.position?.start.line;
	const column = node.position?.start.column;
	if (walk.section) {
		found.add('<Section>', m.mdx.nestedSection, line, column);
		return false;
	}
	if (body.sections.some((s) => s.id === id)) found.add(`<Section id="${id}">`, m.mdx.duplicateSection(id), line, column);
	const title = attr(node, 'title')!;
	walk.section = { id, title, nav: attr(node, 'nav')?.trim() || title, line: line ?? 0, figures: [], charts: [] };
	body.sections.push(walk.section);
	visitChildren(walk, node, parents);
	walk.section = undefined;
	return true;
}

/** A figure the page shows: counted in its section and in the page, with the words around its first citation. */
function show(walk: Walk, id: string, context: MdxNode | undefined) {
	const { body, section } = walk;
	if (section && !section.figures.includes(id)) section.figures.push(id);
	if (!body.cited.includes(id)) body.cited.push(id);
	if (context && !body.contexts[id]) body.contexts[id] = segments(context);
}

/**
 * The second citation of a figure cited twice in one sentence ("24 publicaciones, 24 de ellas…" with the
 * same id twice: a did-you-mean followed too far, or a part cited as its whole). Sentences end at . ! ?
 * followed by a space or the end of the text.
 */
function citedTwice(context: MdxNode): { id: string; line?: number | undefined; column?: number | undefined }[] {
	const twice: { id: string; line?: number | undefined; column?: number | undefined }[] = [];
	let sentence = new Set<string>();
	const walk = (node: MdxNode) => {
		if (node.type === 'text') {
			if (/[.!?](\s|$)/.test(String(node.value))) sentence = new Set();
		} else if (node.type === 'mdxJsxTextElement' && node.name === 'Fig') {
			const id = attr(node, 'id');
			if (id && sentence.has(id)) twice.push({ id, line: node.position?.start.line, column: node.position?.start.column });
			if (id) sentence.add(id);
		} else (node.children ?? []).forEach(walk);
	};
	walk(context);
	return twice;
}

/** A component's attribute as written; an empty value is no value (the visual editor writes `gender=""` for an optional field left blank). */
function attr(node: MdxNode, name: string): string | undefined {
	const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
	return typeof a?.value === 'string' ? a.value.trim() || undefined : undefined;
}

/** The words of a node and the figures cited in them, in order. */
function segments(node: MdxNode): Segment[] {
	if (node.type === 'text' || node.type === 'inlineCode') return [{ text: String(node.value) }];
	if (node.type === 'break') return [{ text: ' ' }];
	if (node.type === 'mdxJsxTextElement' && node.name === 'Fig') {
		const id = attr(node, 'id');
		return id ? [{ fig: id, gender: attr(node, 'gender') as Gender | undefined }] : [];
	}
	return (node.children ?? []).flatMap(segments);
}

/** Checks a component's attributes and content against its rules (src/content/components.ts); false when it cannot be used. */
function checkAttributes(node: MdxNode, name: ComponentName, m: Messages, found: Findings, line?: number, column?: number): boolean {
	const { add, addInFile } = found;
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
		else if (rule.refers) found.references.push({ kind: rule.refers, id: value, line, column, what: `<${name} ${a.name}="${value}">` });
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
}

/** A caption or sentence as plain text, with each figure as `format` writes it. */
export const segmentsText = (segments: Segment[], format: (id: string, gender?: Gender) => string) =>
	segments
		.map((s) => ('fig' in s ? format(s.fig, s.gender) : s.text))
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
