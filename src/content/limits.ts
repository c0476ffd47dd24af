/**
 * How much a content file may hold: what every output can still show whole (stat cards, chart labels,
 * the PNG/SVG chart images, the share image, the PDF), with room above what 2021 uses (its longest
 * label has 92 characters, its longest section title 88). Beyond these, the checks refuse the text
 * with its length and the limit, instead of publishing something cut or overflowing.
 */
export const textLimits = {
	/** A figure's label (cards, chart categories, tables, downloads). */
	label: 120,
	title: 120,
	description: 300,
	kicker: 80,
	heroTitle: 160,
	lead: 400,
	headlineTitle: 60,
	/** A footnote about a figure, in the data block. */
	note: 1000,
	sectionTitle: 120,
	nav: 40,
	/** A chart's caption (its title, above it and in its image). */
	caption: 200,
	/** A chart's statistical subtitle: what is measured, of whom, when (under its caption, in its image). */
	subtitle: 160,
	/** A figure's source and the team's note in figures.yaml. */
	source: 300,
	teamNote: 2000,
	licenceName: 120,
} as const;

/** The largest figure a report shows: under a million millions (10¹²), so that every number is exact in every output. */
export const largestValue = 999_999_999_999;

/** A content file larger than this is not read (2021's largest is 10 KB). */
export const largestFile = 256 * 1024;

/** Years a report folder may be named after. */
export const years = { first: 1900, last: 2100 } as const;
