import { z } from 'astro/zod';
import { sectionIds, itemSections } from './sections';

/** The words of one report in one language (`content/reports/<year>/<lang>.md`). */
const text = (what: string) =>
	z.string({ error: (issue) => (issue.input === undefined ? `is missing (expected ${what})` : `must be a text (expected ${what})`) }).trim().min(1, `is empty (expected ${what})`);

const section = z.strictObject({
	title: text('the section title'),
	intro: text('an introduction').optional(),
	note: text("an editor's note").optional(),
	chart: text('the caption of the chart').optional(),
});

/** A stat label: a text, or `{ text, ordinal: f }` when the figure is an ordinal of a feminine noun. */
const label = z.union([
	text('the label of the figure'),
	z.strictObject({ text: text('the label of the figure'), ordinal: z.enum(['m', 'f']) }),
]);

export const reportTextSchema = z.strictObject({
	meta: z.strictObject({ title: text('the page title'), description: text('the page description for search engines') }),
	hero: z.strictObject({ kicker: text('the line above the title'), title: text('the report title'), lead: text('the introduction') }),
	sections: z.strictObject(Object.fromEntries(sectionIds.map((id) => [id, section])) as Record<(typeof sectionIds)[number], typeof section>),
	labels: z.record(z.string(), label),
	/** Optional footnotes, by figure id: what a reader should know about a figure. */
	notes: z.record(z.string(), text('the text of the footnote')).optional(),
	items: z.strictObject(
		Object.fromEntries(itemSections.map((id) => [id, z.array(text('a sentence')).min(1, 'needs at least one sentence')])) as Record<
			(typeof itemSections)[number],
			z.ZodArray<ReturnType<typeof text>>
		>,
	),
});

export type ReportText = z.output<typeof reportTextSchema>;
export type Label = ReportText['labels'][string];
export const labelText = (l: Label) => (typeof l === 'string' ? l : l.text);
/** The label of a figure in a text, or its id where the text has none (validation reports that case). */
export const labelOf = (text: ReportText, id: string) => {
	const l = text.labels[id];
	return l ? labelText(l) : id;
};
export const labelGender = (l: Label | undefined): 'm' | 'f' => (typeof l === 'object' ? l.ordinal : 'm');
