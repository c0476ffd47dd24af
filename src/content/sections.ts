import type { FigureMap } from './flatten';
import type { Figures } from './figures-schema';

/** The sections of a report page, in order. Ids are the same in every language (they are URL anchors). */
export const sectionIds = ['team', 'funding', 'alliances', 'meetings', 'impact', 'knowledge', 'voice', 'parity'] as const;
export type SectionId = (typeof sectionIds)[number];

/** Which group of the figures file each section shows. */
export const sectionGroup: Record<SectionId, string> = {
	team: 'staff',
	funding: 'funding',
	alliances: 'alliances',
	meetings: 'statutoryMeetings',
	impact: 'impact',
	knowledge: 'knowledge',
	voice: 'voice',
	parity: 'genderParity',
};

/** Sections whose figures are told in sentences (the `items` of a text file) rather than labelled stats. */
export const itemSections = ['knowledge', 'voice'] as const satisfies readonly SectionId[];
export type ItemSectionId = (typeof itemSections)[number];

export const figureIdsOf = (section: SectionId, figures: FigureMap): string[] =>
	Object.keys(figures).filter((id) => id.startsWith(`${sectionGroup[section]}.`));

/** Figure ids that need a label in every language: those shown as stats, typed (not derived). */
export function labelledFigureIds(figures: FigureMap): string[] {
	return sectionIds
		.filter((s) => !(itemSections as readonly string[]).includes(s))
		.flatMap((s) => figureIdsOf(s, figures))
		.filter((id) => !figures[id]!.derived);
}

/** The funding sources of a report, in file order (the group's other key is its qualifier). */
export const fundingSources = (groups: Figures): string[] => Object.keys(groups.funding).filter((k) => k !== 'qualifier');
