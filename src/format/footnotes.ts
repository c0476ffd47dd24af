import type { Report } from '../content/report';
import type { Locale } from '../i18n/config';
import type { Translate } from '../i18n/translate';

/** A footnote of the page: a figure's translated note and/or its source, numbered in page order. */
export interface Footnote {
	id: string;
	n: number;
	/** The section it is listed under: the first that shows the figure. */
	section: string;
	note?: string;
	source?: string;
}

/** The id of the headline figures' block at the top of a page (figures.yaml `headline:`), as if a section. */
export const headlineId = 'headline';

/** The page's figures by the block that shows them first, in page order: the headline figures, then each section's. */
export function figureSections(report: Report, locale: Locale): { id: string; figures: string[] }[] {
	const page = report.pages[locale];
	return [...(report.headline.length ? [{ id: headlineId, figures: report.headline }] : []), ...page.sections];
}

export function footnotes(report: Report, locale: Locale): Footnote[] {
	const page = report.pages[locale];
	const seen = new Set<string>();
	return figureSections(report, locale)
		.flatMap((s) => s.figures.map((id) => ({ id, section: s.id })))
		.filter(({ id }) => !seen.has(id) && seen.add(id) && (page.notes[id] || report.figures[id]!.source))
		.map(({ id, section }, i) => ({
			id,
			section,
			n: i + 1,
			...(page.notes[id] ? { note: page.notes[id] } : {}),
			...(report.figures[id]!.source ? { source: report.figures[id]!.source } : {}),
		}));
}

/**
 * The superscript link to a figure's footnote. The first mention carries the anchor the footnote
 * links back to; later mentions of the same figure just link forward.
 */
export function footnoteMarkers(list: Footnote[], t: Translate) {
	const anchored = new Set<string>();
	return (id: string): string => {
		const f = list.find((x) => x.id === id);
		if (!f) return '';
		const anchor = anchored.has(id) ? '' : ` id="fn-ref-${f.n}"`;
		anchored.add(id);
		return `<sup class="fn-ref"><a href="#fn-${f.n}"${anchor} aria-label="${t('footnote.ref', { n: f.n })}">${f.n}</a></sup>`;
	};
}
