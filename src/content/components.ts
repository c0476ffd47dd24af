import { genders } from './gender';
import { textLimits } from './limits';

/**
 * The components staff write in a report's MDX, and what each accepts. The checks, the editing
 * guides and the renderer (src/components/report/) all follow this list.
 */
export interface AttributeRule {
	required?: boolean;
	/** What the value names: a figure of figures.yaml, a chart of figures.yaml, or free text. */
	refers?: 'figure' | 'chart';
	values?: readonly string[];
	pattern?: 'sectionId';
	/** The longest value, in characters (src/content/limits.ts). */
	max?: number;
}

export interface ComponentRule {
	attributes: Record<string, AttributeRule>;
	/** 'required': needs text inside (a caption, a note); 'none': written as <X … />; 'optional'. */
	content: 'required' | 'none' | 'optional';
	/** How the guides and messages show it. */
	example: string;
	/** Written inside a sentence (the editor offers it in the text, not as a block). */
	inline?: true;
}

export const componentRules = {
	Section: {
		attributes: { id: { required: true, pattern: 'sectionId' }, title: { required: true, max: textLimits.sectionTitle }, nav: { max: textLimits.nav } },
		content: 'required',
		example: '<Section id="finanzas" title="Finanzas" nav="Finanzas"> … </Section>',
	},
	Stats: { attributes: {}, content: 'required', example: '<Stats> <Stat id="…" /> … </Stats>' },
	Stat: { attributes: { id: { required: true, refers: 'figure' } }, content: 'optional', example: '<Stat id="members.joined" />' },
	Fig: {
		attributes: { id: { required: true, refers: 'figure' }, gender: { values: genders } },
		content: 'none',
		inline: true,
		example: '<Fig id="publications.total" />',
	},
	/** The figure against the year before, in words, inside a sentence («un 12 % más que en 2021»): computed, never typed. */
	Change: { attributes: { id: { required: true, refers: 'figure' } }, content: 'none', inline: true, example: '<Change id="impact.participants" />' },
	/** `subtitle`: what the chart measures, of whom, when («Porcentaje del total, {{year}}»), under its caption. */
	Chart: {
		attributes: { id: { required: true, refers: 'chart' }, subtitle: { max: textLimits.subtitle } },
		content: 'required',
		example: '<Chart id="income">Ingresos por fuente</Chart>',
	},
	/** A section's opening sentence, written by staff (never generated): first in its section, once. */
	Lede: { attributes: {}, content: 'required', example: '<Lede>Una frase que abre la sección.</Lede>' },
	Note: { attributes: {}, content: 'required', example: '<Note>Nota editorial: …</Note>' },
	Columns: { attributes: {}, content: 'required', example: '<Columns> <Stats>…</Stats> <Chart id="…">…</Chart> </Columns>' },
} as const satisfies Record<string, ComponentRule>;

export type ComponentName = keyof typeof componentRules;
export const componentNames = Object.keys(componentRules) as ComponentName[];
