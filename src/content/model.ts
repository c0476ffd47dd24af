import { z } from 'astro/zod';
import { figureSchema } from './figure';
import { genders } from './gender';
import { locales } from '../i18n/config';

/**
 * A report year as the checks leave it (src/content/report.ts) and the pages read it: the content
 * collection `reports` holds one per year with this schema, so its types flow from here to every
 * component (`getCollection('reports')`), and what the loader stores is checked once more as it is stored.
 * The files staff write have their own schemas (figure.ts, figures-file.ts, page.ts); this is the model.
 */

/** The kinds of chart a report can declare. */
export const chartTypes = ['bar', 'donut', 'stacked'] as const;
export type ChartType = (typeof chartTypes)[number];

/** A piece of text, or a figure cited in it (captions and sentences, for summaries and downloads). */
export const segmentSchema = z.union([z.strictObject({ text: z.string() }), z.strictObject({ fig: z.string(), gender: z.enum(genders).optional() })]);
export type Segment = z.output<typeof segmentSchema>;

export const pageSectionSchema = z.strictObject({
	id: z.string(),
	title: z.string(),
	/** The short name in the section navigation. */
	nav: z.string(),
	line: z.number(),
	/** Figures shown in the section, in order (stats, sentences, charts). */
	figures: z.array(z.string()),
	charts: z.array(z.string()),
});
export type PageSection = z.output<typeof pageSectionSchema>;

export const placedChartSchema = z.strictObject({
	id: z.string(),
	section: z.string().optional(),
	caption: z.array(segmentSchema),
	/** What the chart measures, of whom, when: plain text, `{{year}}` the year (an empty attribute is none). */
	subtitle: z.string().optional(),
	line: z.number(),
});
export type PlacedChart = z.output<typeof placedChartSchema>;

/** One language of a report: its data block and the shape of its text. */
export const pageSchema = z.strictObject({
	file: z.string(),
	title: z.string(),
	description: z.string(),
	/** `headline`: the title over the year's headline figures (else the interface's «Cifras destacadas»). */
	hero: z.strictObject({ kicker: z.string(), title: z.string(), lead: z.string(), headline: z.string().optional() }),
	labels: z.record(z.string(), z.strictObject({ text: z.string(), gender: z.enum(genders) })),
	/** Translated footnotes about figures, by figure id. */
	notes: z.record(z.string(), z.string()),
	sections: z.array(pageSectionSchema),
	charts: z.array(placedChartSchema),
	/** Figures shown as <Stat> (they need a label). */
	stats: z.array(z.string()),
	/** The line of each figure's first <Stat>. */
	statLines: z.record(z.string(), z.number()),
	/** Each `<Change id>` (a figure against the year before, in a sentence), with its line. */
	changes: z.array(z.strictObject({ id: z.string(), line: z.number() })),
	/** Every figure cited by <Stat> or <Fig>, in page order. */
	cited: z.array(z.string()),
	/** The sentence or caption each figure is first cited in. */
	contexts: z.record(z.string(), z.array(segmentSchema)),
	/** The line of `labels:`, where a missing label goes. */
	labelsLine: z.number(),
});
export type Page = z.output<typeof pageSchema>;

/** A figure of the report by its dotted id; `derived` when computed from others. */
export const reportFigureSchema = figureSchema.safeExtend({ derived: z.literal(true).optional() });
export type ReportFigure = z.output<typeof reportFigureSchema>;
export type FigureMap = Record<string, ReportFigure>;

export const chartDeclarationSchema = z.strictObject({
	id: z.string(),
	type: z.enum(chartTypes),
	/** The figures it shows, in order. */
	figures: z.array(z.string()),
	/** A figure the rows should add up to, shown under its table. */
	total: z.string().optional(),
	/** Beside each row, the same figure the year before (figures.yaml `previousYear: true`; bar charts only). */
	previousYear: z.boolean().optional(),
});
export type ChartDeclaration = z.output<typeof chartDeclarationSchema>;

export const licenceSchema = z.strictObject({ name: z.string(), url: z.string() });
export type Licence = z.output<typeof licenceSchema>;

/** A figure against the same figure the year before (./comparison.ts computes it). */
const direction = z.enum(['up', 'down']);
export const comparisonSchema = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('same'), year: z.number() }),
	z.strictObject({ kind: z.literal('more'), year: z.number() }),
	z.strictObject({ kind: z.literal('change'), year: z.number(), direction, percent: z.number(), about: z.boolean() }),
	z.strictObject({ kind: z.literal('points'), year: z.number(), direction, points: z.number(), about: z.boolean() }),
	z.strictObject({ kind: z.literal('difference'), year: z.number(), direction, difference: z.number(), about: z.boolean() }),
]);
export type Comparison = z.output<typeof comparisonSchema>;

/**
 * What a page says of a figure against the previous published year, where content asks for it: the
 * comparison; `new` (no such figure that year); `break` (declared not comparable: a changed definition,
 * explained in the pages' notes). Nothing where there is no previous published year, or no honest comparison.
 */
export const yearOverYearSchema = z.union([comparisonSchema, z.strictObject({ kind: z.enum(['new', 'break']), year: z.number() })]);
export type YearOverYear = z.output<typeof yearOverYearSchema>;

/** Which figures a year compares with the previous one, and how (figures.yaml `compare:`, patterns resolved). */
export const compareDeclarationSchema = z.strictObject({
	change: z.array(z.string()),
	difference: z.array(z.string()),
	notComparable: z.array(z.string()),
});
export type CompareDeclaration = z.output<typeof compareDeclarationSchema>;

/**
 * A chart across years (`previousYear: true`): each row's figure the previous published year, computed in
 * read.ts with the rule of the comparisons (the year just before, never a draft). A row is `both`; `new` (no
 * such figure that year); `break` (declared not comparable, or of another kind or currency); `gone` (a
 * category of that year's chart of the same id that this year's does not have).
 */
export const acrossYearsSchema = z.strictObject({
	year: z.number(),
	rows: z.array(
		z.strictObject({
			id: z.string(),
			status: z.enum(['both', 'new', 'break', 'gone']),
			/** That year's figure, its source resolved (`both` and `gone`). */
			previous: reportFigureSchema.optional(),
			/** That year's label of a `gone` row, per language (this year's pages have none). */
			labels: z.record(z.string(), z.string()).optional(),
		}),
	),
});
export type AcrossYears = z.output<typeof acrossYearsSchema>;

export const reportSchema = z.strictObject({
	year: z.number().int(),
	draft: z.boolean(),
	figures: z.record(z.string(), reportFigureSchema),
	charts: z.array(chartDeclarationSchema),
	/** Shown at the top of each page and on the language homes (figures.yaml `headline:`). */
	headline: z.array(z.string()),
	share: z.array(z.string()),
	/** Set by staff in figures.yaml; absent until Metropolis decides one. */
	licence: licenceSchema.optional(),
	compare: compareDeclarationSchema,
	/** Where every figure comes from, unless it names its own (figures.yaml `source:`). */
	source: z.string().optional(),
	/** By figure id, computed across years (src/content/read.ts). */
	yearOverYear: z.record(z.string(), yearOverYearSchema),
	/** By chart id, for the charts declared `previousYear: true` when there is a year before (src/content/read.ts). */
	acrossYears: z.record(z.string(), acrossYearsSchema),
	pages: z.strictObject(Object.fromEntries(locales.map((l) => [l, pageSchema])) as Record<(typeof locales)[number], typeof pageSchema>),
});
export type Report = z.output<typeof reportSchema>;
