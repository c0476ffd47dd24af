import { describe, expect, it } from 'vitest';
import config, { chartIds, components, figureIds } from '../../keystatic.config';
import { componentNames, componentRules, type AttributeRule } from '../../src/content/components';
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

	it('a report collection per language, each with the MDX body', () => {
		expect(Object.keys(config.collections ?? {}).sort()).toEqual(locales.map((l) => `informe_${l}`).sort());
	});
});
