import { z } from 'astro/zod';
import { figureSchema, idPattern } from './figure';
import { largestValue, textLimits } from './limits';
import { chartTypes, type ChartDeclaration, type CompareDeclaration, type FigureMap, type Licence } from './model';
import { isWebAddress } from './links';
import type { Messages } from './messages';
import { closestFigure } from './suggest';
import { palette } from '../charts/palette';
import { field, parseContent, text, type Issue } from './fields';

/**
 * A year's `figures.yaml`: every figure once, language-neutral, and what is declared about them
 * (computed figures, rules they must follow, charts, the share image, draft or published).
 */
export { chartTypes, type ChartType } from './model';

const ids = z.array(field(z.string().trim().min(1), { expected: 'figureId' })).min(1);
const id = field(z.string(), { expected: 'figureId' });

export const figuresFileSchema = z.strictObject({
	/** true while a year is being prepared: shown by `npm run dev`, never published. */
	draft: z.boolean().default(false),
	/** Where every figure of the year comes from, unless a figure names its own (the document, its date). */
	source: text('source', textLimits.source).optional(),
	/** The figures, one item each: `- id: members.joined` and below it `value: 3` (and kind, qualifier…). */
	figures: field(z.array(z.unknown()).min(1), { message: (m, issue) => (issue.code === 'too_small' ? m.noFigures : m.missing(m.expected.figureList)) }),
	/** Figures computed from others, never typed: `{ sum: [ids] }` or `{ difference: [a, b] }`. */
	derived: z
		.record(
			z.string(),
			field(z.union([z.strictObject({ sum: ids }), z.strictObject({ difference: field(ids.length(2), { message: (m) => m.differenceTwo }) })]), {
				message: (m) => m.derivedForm,
			}),
		)
		.default({}),
	/**
	 * Rules the figures must follow. Parts that do not add up to their total are only a warning (sources
	 * have them), unless `rest` names the figure the report shows for the difference: then they must.
	 */
	rules: z
		.array(
			field(z.union([z.strictObject({ shares: ids }), z.strictObject({ part: id, of: id }), z.strictObject({ parts: ids, total: id, rest: id.optional() })]), {
				message: (m) => m.ruleForm,
			}),
		)
		.default([]),
	/**
	 * Charts, language-neutral: which figures (in this order) and which kind; `order: largest`
	 * sorts the categories by value where their order carries no meaning.
	 */
	charts: z
		.record(
			z.string(),
			z.strictObject({
				type: z.enum(chartTypes),
				figures: ids,
				total: id.optional(),
				order: z.enum(['asWritten', 'largest']).default('asWritten'),
				/** `true`: each bar beside the same figure the year before (a bar chart only). */
				previousYear: z.boolean().default(false),
			}),
		)
		.default({}),
	/**
	 * Year over year: the figures this year's pages compare with the same figures of the previous
	 * published year, as a percentage change (`change`) or a difference in their unit (`difference`),
	 * and those not comparable (a changed definition, explained in each page's notes).
	 */
	compare: z.strictObject({ change: ids.optional(), difference: ids.optional(), notComparable: ids.optional() }).optional(),
	/**
	 * The year's headline figures, at most four: shown at the top of each page (the first screen, with
	 * their labels) and on the language homes, once: a headline figure is not also a `<Stat>` of a section.
	 */
	headline: z.array(id).max(4).default([]),
	/** The figures of the share image (Open Graph), at most three. */
	share: z.array(id).max(3).default([]),
	/**
	 * The licence under which the report's data may be reused, as Metropolis decides it (never
	 * assumed): written into the open-data files only when set.
	 */
	licence: z
		.strictObject({
			name: text('licenceName', textLimits.licenceName),
			// A web page's address only (it is a link in the downloads): never javascript:, data: or another scheme.
			url: field(z.string().refine(isWebAddress), { message: (m) => m.licenceUrl }),
		})
		.optional(),
});

export type FiguresFile = z.output<typeof figuresFileSchema>;

export interface FiguresData {
	draft: boolean;
	figures: FigureMap;
	charts: ChartDeclaration[];
	headline: string[];
	share: string[];
	licence?: Licence | undefined;
	compare: CompareDeclaration;
	/** Where every figure comes from, unless it names its own. */
	source?: string | undefined;
}


const namePattern = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** `income.*.share` → every figure id with any one segment in place of `*`, in file order. */
export function expand(pattern: string, ids: readonly string[]): string[] {
	if (!pattern.includes('*')) return ids.includes(pattern) ? [pattern] : [];
	const re = new RegExp(`^${pattern.split('.').map((s) => (s === '*' ? '[^.]+' : s.replace(/[^\w-]/g, '\\$&'))).join('\\.')}$`);
	return ids.filter((id) => re.test(id));
}

/** Validates a parsed figures.yaml. Issues carry their YAML path, for line numbers. Never throws. */
export interface CheckedFigures {
	value?: FiguresData;
	issues: Issue[];
	warnings: Issue[];
	/** What could be read even with problems, so that the pages can be checked against it too. */
	known: { figures: string[]; charts: string[]; ties: Map<string, Set<string>> };
}

export function checkFigures(data: unknown, m: Messages): CheckedFigures {
	const parsed = parseContent(figuresFileSchema, data, m);
	if ('issues' in parsed) {
		// Still check the figures themselves, so that every problem is listed at once.
		const raw = (typeof data === 'object' && data ? data : {}) as { figures?: unknown; charts?: unknown; derived?: unknown };
		const tree = readList(raw.figures, m);
		const keys = (v: unknown) => (v && typeof v === 'object' ? Object.keys(v) : []);
		return {
			issues: [...parsed.issues, ...tree.issues],
			warnings: [],
			known: { figures: [...tree.names, ...keys(raw.derived)], charts: keys(raw.charts), ties: new Map() },
		};
	}
	const file = parsed.data;
	const issues: Issue[] = [];
	const warnings: Issue[] = [];
	const tree = readList(file.figures, m);
	issues.push(...tree.issues);
	const figures: FigureMap = tree.figures;
	/** Every figure written (valid or not) and computed: a wrong one is reported once, where it is written. */
	const written = [...tree.names, ...Object.keys(file.derived)];
	const valid = (list: string[]) => list.every((id) => figures[id]);

	const ties = figureTies(file, written);
	/** An unknown figure name, as a problem: with a suggestion only where it cannot change the meaning. */
	const unknown = (id: string) => m.unknownFigure(id, closestFigure(id, written, ties.get(id)), written[0]);

	/** Figure ids of a list of ids and patterns; an unknown one is an issue at `path`. */
	const resolve = (patterns: readonly string[], path: PropertyKey[]) =>
		patterns.flatMap((p, i) => {
			const found = expand(p, written);
			if (!found.length) issues.push({ path: [...path, i], message: p.includes('*') ? m.patternEmpty(p) : unknown(p) });
			return found;
		});
	/** Whether a single id names a valid figure (an unknown one is an issue at `path`). */
	const one = (id: string, path: PropertyKey[]) => {
		if (!written.includes(id)) issues.push({ path, message: unknown(id) });
		return Boolean(figures[id]);
	};

	for (const [id, rule] of Object.entries(file.derived)) {
		const path = ['derived', id];
		if (figures[id]) {
			issues.push({ path, atKey: true, message: m.derivedTaken });
			continue;
		}
		const operands = 'sum' in rule ? resolve(rule.sum, [...path, 'sum']) : resolve(rule.difference, [...path, 'difference']);
		if (!operands.length || !valid(operands) || ('difference' in rule && operands.length !== 2)) continue;
		const values = operands.map((o) => figures[o]!.value);
		const value = 'sum' in rule ? values.reduce((a, b) => a + b, 0) : values[0]! - values[1]!;
		const first = figures[operands[0]!]!;
		const exact = operands.every((o) => figures[o]!.qualifier === 'exact');
		figures[id] = { value: Math.round(value * 1000) / 1000, kind: first.kind, qualifier: exact ? 'exact' : 'approximately', derived: true, ...(first.currency ? { currency: first.currency } : {}) };
		if (value < 0) issues.push({ path, message: m.outOfRange(value, m.range[first.kind]) });
		else if (value > largestValue) issues.push({ path, message: m.tooLarge(largestValue) });
	}

	const value = (id: string) => figures[id]!.value;
	const sum = (list: string[]) => Math.round(list.reduce((a, id) => a + value(id), 0) * 1000) / 1000;
	const show = (list: string[]) => list.map((id) => `${id} ${value(id)}`).join(' + ');
	file.rules.forEach((rule, i) => {
		const path = ['rules', i];
		if ('shares' in rule) {
			const list = resolve(rule.shares, [...path, 'shares']);
			if (list.length && valid(list) && sum(list) !== 100) issues.push({ path, message: m.sharesNot100(show(list), sum(list)) });
		} else if ('part' in rule) {
			if (one(rule.part, [...path, 'part']) && one(rule.of, [...path, 'of'])) {
				if (value(rule.part) > value(rule.of)) issues.push({ path: [...path, 'part'], message: m.partOverWhole(rule.part, value(rule.part), rule.of, value(rule.of)) });
				// All of them: true sometimes ("3 of the 3 declarations"), often a figure typed twice; said, to be confirmed.
				else if (value(rule.part) === value(rule.of)) warnings.push({ path: [...path, 'part'], message: m.partIsWhole(rule.part, rule.of, value(rule.of)) });
			}
		} else {
			const list = resolve(rule.parts, [...path, 'parts']);
			const rest = rule.rest === undefined || one(rule.rest, [...path, 'rest']);
			if (one(rule.total, [...path, 'total']) && rest && list.length && valid(list)) {
				const total = value(rule.total);
				if (rule.rest) {
					// The difference, shown by its own figure, is accounted for: parts and rest must make the total.
					const all = [...list, rule.rest];
					if (sum(all) !== total) issues.push({ path, message: m.partsAndRest(show(all), sum(all), rule.total, total) });
				} else if (sum(list) !== total) warnings.push({ path, message: m.partsShort(show(list), sum(list), rule.total, total) });
			}
		}
	});

	const charts: ChartDeclaration[] = Object.entries(file.charts).map(([id, c]) => {
		const path = ['charts', id];
		if (!namePattern.test(id)) issues.push({ path, atKey: true, message: m.badFigureName(id) });
		const list = resolve(c.figures, [...path, 'figures']);
		if (list.length === 1 && valid(list)) issues.push({ path: [...path, 'figures'], message: m.chartTooFew });
		if (c.total) one(c.total, [...path, 'total']);
		// One colour per category: past the palette, two categories would share one (bars need one colour).
		if (c.type !== 'bar' && list.length > palette.length) warnings.push({ path: [...path, 'figures'], message: m.chartColours(list.length, palette.length) });
		// Two years side by side are bars in pairs: in two donuts or two 100 % bars the eye compares angles and offsets.
		if (c.previousYear && c.type !== 'bar') issues.push({ path: [...path, 'previousYear'], message: m.previousYearBarOnly(c.type) });
		// Largest first, where the order carries no meaning (ties keep the order written).
		const ordered = c.order === 'largest' && valid(list) ? [...list].sort((a, b) => figures[b]!.value - figures[a]!.value) : list;
		return { id, type: c.type, figures: ordered, ...(c.total ? { total: c.total } : {}), ...(c.previousYear ? { previousYear: true } : {}) };
	});
	file.headline.forEach((id, i) => one(id, ['headline', i]));
	file.share.forEach((id, i) => one(id, ['share', i]));
	const compare: CompareDeclaration = {
		change: resolve(file.compare?.change ?? [], ['compare', 'change']),
		difference: resolve(file.compare?.difference ?? [], ['compare', 'difference']),
		notComparable: resolve(file.compare?.notComparable ?? [], ['compare', 'notComparable']),
	};

	const known = { figures: [...tree.names, ...Object.keys(file.derived)], charts: charts.map((c) => c.id), ties };
	if (issues.length) return { issues, warnings, known };
	// A published year's figures are backed by a source, theirs or the year's, so that they can be checked.
	const unsourced = file.source ? [] : tree.names.filter((id) => figures[id] && !figures[id]!.source);
	if (!file.draft && unsourced.length) warnings.push({ path: ['figures'], atKey: true, message: m.unsourced(unsourced) });
	return { value: { draft: file.draft, figures, charts, headline: file.headline, share: file.share, licence: file.licence, compare, source: file.source }, issues, warnings, known };
}

/**
 * The figures each name is declared beside, in a rule, a computed figure or a chart (patterns
 * expanded): a suggestion for one of them must not be another, which it would then name twice.
 */
function figureTies(file: FiguresFile, written: readonly string[]): Map<string, Set<string>> {
	const groups: string[][] = [
		...file.rules.map((rule) => Object.values(rule).flatMap((v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))),
		...Object.entries(file.derived).map(([id, rule]) => [id, ...('sum' in rule ? rule.sum : rule.difference)]),
		...Object.values(file.charts).map((c) => [...c.figures, ...(c.total ? [c.total] : [])]),
	];
	const ties = new Map<string, Set<string>>();
	for (const names of groups) {
		const figures = names.flatMap((n) => (n.includes('*') ? expand(n, written) : [n]));
		for (const n of [...names, ...figures]) ties.set(n, new Set([...(ties.get(n) ?? []), ...figures]));
	}
	return ties;
}

/** The `figures:` list, each item `{ id, value, … }`, keyed by id in file order. */
function readList(list: unknown, m: Messages): { figures: FigureMap; names: string[]; issues: Issue[] } {
	const figures: FigureMap = {};
	/** Every figure written, valid or not (a wrong value is one problem, not one more per citation). */
	const names: string[] = [];
	const issues: Issue[] = [];
	(Array.isArray(list) ? list : []).forEach((item: unknown, i) => {
		const here = ['figures', i];
		if (typeof item !== 'object' || item === null || Array.isArray(item)) {
			issues.push({ path: here, message: m.figureItemForm });
			return;
		}
		const { id, ...figure } = item as Record<string, unknown>;
		if (id === undefined || id === null || id === '') return void issues.push({ path: here, message: m.missing(m.expected.figureId) });
		const name = String(id);
		const what = `figures.${name}`;
		if (typeof id !== 'string' || !idPattern.test(id)) return void issues.push({ path: [...here, 'id'], what, figure: name, message: m.badFigureId(name) });
		if (names.includes(id)) return void issues.push({ path: [...here, 'id'], what, figure: name, message: m.duplicateFigure(id) });
		names.push(id);
		const parsed = parseContent(figureSchema, figure, m);
		if ('data' in parsed) figures[id] = parsed.data;
		else issues.push(...parsed.issues.map((issue) => ({ ...issue, path: [...here, ...issue.path], what: [what, ...issue.path].join('.'), figure: name })));
	});
	return { figures, names, issues };
}
