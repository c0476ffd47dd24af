import { describe, expect, it } from 'vitest';
import config, { chartIds, componentSummary, components, figureIds } from '../../keystatic.config';
import { componentNames, componentRules, type AttributeRule } from '../../src/content/components';
import { figureFields, figureSchema, kinds, qualifiers } from '../../src/content/figure';
import { figuresFileSchema } from '../../src/content/figures-file';
import { listedValue } from '../../src/content/editor-names';
import { frontmatterSchema } from '../../src/content/page';
import { readReports } from '../../src/content/read';
import { locales } from '../../src/i18n/config';

/**
 * The visual editor (keystatic.config.ts) and the content checks (src/content/components.ts) describe
 * the same components: a component or attribute in one and not in the other fails here.
 */
const { reports } = readReports(process.cwd());

describe('the editor offers exactly the components the checks accept', () => {
	it('the same component names', () => {
		expect(Object.keys(components).sort()).toEqual([...componentNames].sort());
	});

	for (const name of componentNames)
		it(`<${name}>: the same attributes, as the right kind of component`, () => {
			const editor = components[name]!;
			const rules = componentRules[name].attributes as Record<string, AttributeRule>;
			expect(Object.keys(editor.schema).sort()).toEqual(Object.keys(rules).sort());
			// A figure inside a sentence is inline; a component with text inside wraps it; the rest are blocks.
			const content: string = componentRules[name].content;
			const kind = name === 'Fig' ? 'inline' : content === 'none' ? 'block' : 'wrapper';
			expect(editor.kind).toBe(kind);
			for (const [attr, rule] of Object.entries(rules)) {
				const field = editor.schema[attr] as { formKind?: string; options?: readonly { value: string }[]; validation?: unknown };
				// Figure and chart ids are chosen from a list, never typed; fixed values too.
				if (rule.refers || rule.values) expect(field.options?.map((o) => o.value), `${name} ${attr}`).toBeDefined();
				if (rule.values) expect(field.options!.map((o) => o.value).filter(Boolean)).toEqual([...rule.values]);
			}
		});

	it('figure and chart lists hold every id of every year, and nothing else', () => {
		expect(figureIds).toEqual([...new Set(reports.flatMap((r) => Object.keys(r.figures)))].sort());
		expect(chartIds).toEqual([...new Set(reports.flatMap((r) => r.charts.map((c) => c.id)))].sort());
	});

	it('a component shows what it is in the text: a section its title, a figure its name and label', () => {
		const page = reports[0]!.pages.es;
		// (A label with no number: one written with {{…}} reads differently once filled in.)
		const [id, label] = Object.entries(page.labels).find(([, l]) => !/\d/.test(l.text))!;
		expect(componentSummary('Stat', { id })).toBe(`${id} — ${label.text}`);
		expect(componentSummary('Section', { id: 'equipo', title: 'Equipo', nav: '' })).toBe('Equipo');
		expect(componentSummary('Chart', { id: 'team' })).toBe('team');
		expect(componentSummary('Note', {})).toBe('');
	});

	it('the figures, then a report collection per language', () => {
		expect(Object.keys(config.collections ?? {})).toEqual(['cifras', ...locales.map((l) => `informe_${l}`)]);
	});
});

/** Keystatic writes back only the fields it knows: a field of the checks missing from the editor would be lost on save. */
describe('the editor keeps every field the checks know', () => {
	type Field = { kind: string; fields?: Record<string, Field>; element?: Field; options?: readonly { value: string }[]; defaultValue?: () => unknown; validate?: (v: unknown) => unknown };
	const collections = config.collections as unknown as Record<string, { schema: Record<string, Field>; slugField: string }>;
	const shapeOf = (schema: unknown) => Object.keys((schema as { shape: Record<string, unknown> }).shape);

	it('figures.yaml: every top-level field (the year is the folder, not a field)', () => {
		const { schema, slugField } = collections.cifras!;
		expect(slugField).toBe('year');
		expect(Object.keys(schema).filter((k) => k !== slugField)).toEqual(shapeOf(figuresFileSchema));
	});

	it('a figure: the same fields, kinds, qualifiers and defaults as the checks', () => {
		const item = collections.cifras!.schema.figures!.element!;
		expect(Object.keys(item.fields!)).toEqual([...figureFields]);
		expect(['id', ...shapeOf(figureSchema)]).toEqual([...figureFields]);
		const { kind, qualifier, value } = item.fields!;
		expect(kind!.options!.map((o) => o.value)).toEqual([...kinds]);
		expect(qualifier!.options!.map((o) => o.value)).toEqual([...qualifiers]);
		// What the form starts with is what the checks assume when the file leaves it out.
		const defaults = figureSchema.parse({ value: 1 });
		expect(kind!.defaultValue!()).toBe(defaults.kind);
		expect(qualifier!.defaultValue!()).toBe(defaults.qualifier);
		// The value field accepts a number exactly when some kind does; what depends on the kind (up to
		// 100 for a percentage, whole for a count) is checked on save by the checks and shown on the page.
		const accepts = (v: number) => {
			try {
				value!.validate!(v);
				return true;
			} catch {
				return false;
			}
		};
		const someKind = (v: number) => kinds.some((k) => figureSchema.safeParse({ value: v, kind: k, ...(k === 'amount' ? { currency: 'EUR' } : {}) }).success);
		for (const v of [-1000, -1, -0.5, 0, 0.5, 1, 16.8, 100, 101, 36400]) expect(accepts(v), String(v)).toBe(someKind(v));
	});

	it('each page: every field of the data block', () => {
		for (const l of locales) {
			const { schema } = collections[`informe_${l}`]!;
			expect(Object.keys(schema).filter((k) => k !== 'body')).toEqual(shapeOf(frontmatterSchema));
			expect(Object.keys(schema.hero!.fields!)).toEqual(shapeOf((frontmatterSchema.shape as { hero: unknown }).hero));
		}
	});
});

describe("the editor's figure list", () => {
	it('shows values the way its form reads them: a decimal comma, no thousands point', () => {
		expect(listedValue(16.8)).toBe('16,8');
		expect(listedValue(36400)).toBe('36400');
		expect(listedValue(0.25)).toBe('0,25');
	});
});
