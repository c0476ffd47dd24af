import { z } from 'astro/zod';
import { figure, qualifiers, type Figure } from './figure';

/**
 * The language-neutral figures of one report year (`content/reports/<year>/figures.md`).
 * Objects are strict, so a misspelt key is an error instead of a silently dropped figure.
 * Cross-field rules sit on the group they concern, so each group reports its own problems.
 */
const count = () => figure('count');

/** Parts of a whole that must not exceed it (e.g. publications with a gender perspective ≤ publications). */
function partOf<T extends Record<string, Figure>>(part: keyof T & string, whole: keyof T & string, what: string) {
	return (group: T, ctx: z.RefinementCtx) => {
		const [p, w] = [group[part]!.value, group[whole]!.value];
		if (p > w)
			ctx.addIssue({
				code: 'custom',
				path: [part],
				message: `is larger than ${whole} (got ${p}, expected at most ${w}: ${what})`,
			});
	};
}

function sumsTo100(values: number[], what: string, ctx: z.RefinementCtx, path: (string | number)[] = []) {
	const total = Math.round(values.reduce((a, b) => a + b, 0) * 10) / 10;
	if (total !== 100)
		ctx.addIssue({ code: 'custom', path, message: `${what} do not add up to 100 (got ${total}, expected 100)` });
}

const fundingSource = (agreements: 'required' | 'optional') =>
	z.strictObject({ share: figure('percent'), agreements: agreements === 'required' ? count() : count().optional() });

/**
 * The source marks the funding split as approximate as a whole, so the qualifier is written once
 * for the group and applied to every share.
 */
const funding = z
	.strictObject({
		qualifier: z.enum(qualifiers, { error: `must be one of: ${qualifiers.join(', ')}` }).default('exact'),
		membershipPartnerships: fundingSource('required'),
		alliances: fundingSource('required'),
		membershipFees: fundingSource('optional'),
		other: fundingSource('optional'),
	})
	.superRefine(({ qualifier, ...sources }, ctx) => {
		const shares = Object.values(sources).map((s) => s.share.value);
		sumsTo100(shares, `the funding shares (${shares.join(' + ')})`, ctx);
	})
	.transform(({ qualifier, ...sources }) => {
		for (const source of Object.values(sources)) source.share.qualifier = qualifier;
		return { qualifier, ...sources };
	});

const paritySplit = z
	.strictObject({ women: figure('percent'), men: figure('percent') })
	.superRefine((split, ctx) =>
		sumsTo100([split.women.value, split.men.value], `women + men (${split.women.value} + ${split.men.value})`, ctx),
	);

export const figuresSchema = z.strictObject({
	year: figure('year'),
	staff: z.strictObject({ professionals: count(), interns: count() }),
	funding,
	alliances: z.strictObject({
		active: count(),
		byType: z.strictObject({
			collaborating: count(),
			benefactorMembers: count(),
			knowledge: count(),
			strategic: count(),
			sponsor: count(),
		}),
	}),
	statutoryMeetings: z.strictObject({
		boardMeetings: count(),
		vicePresidenciesEdition: figure('ordinal'),
		coPresidenciesEdition: figure('ordinal'),
	}),
	impact: z.strictObject({
		participants: count(),
		followers: count(),
		newMembers: count(),
		womenGovernedMetropolises: figure('percent'),
	}),
	knowledge: z
		.strictObject({
			learningStationProducts: count(),
			usePractices: count(),
			useAuthorities: count(),
			observatories: count(),
			benchmarkingSpaces: count(),
			benchmarkingMembers: count(),
			globalHealthInitiatives: count(),
			globalHealthCities: count(),
			publications: count(),
			publicationsGender: count(),
			egiCities: count(),
			pilotMembers: count(),
			pilotProjects: count(),
			learningMembers: count(),
			learningActivities: count(),
			specialists: count(),
		})
		.superRefine(partOf('publicationsGender', 'publications', 'publications with a gender perspective are part of all publications')),
	voice: z
		.strictObject({
			drawings: count(),
			drawingCities: count(),
			declarations: count(),
			declarationsGender: count(),
			globalEvents: count(),
			campaigns: count(),
			congressEdition: figure('ordinal'),
			congressParticipants: count(),
			congressSessions: count(),
		})
		.superRefine(partOf('declarationsGender', 'declarations', 'declarations with a gender perspective are part of all declarations')),
	genderParity: z.array(paritySplit).min(1, 'needs at least one split of women and men'),
});

export type Figures = z.output<typeof figuresSchema>;
