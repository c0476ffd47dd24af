import { locales, type Locale } from '../src/i18n/config';

/**
 * Generated chart data for the property tests of the charts' layout (issue 23): the page's canvas
 * (tests/e2e/stress.spec.ts) and the image files (tests/unit/chart-images.test.ts). A fixed seed, so that
 * every run draws the same datasets; `CHART_CASES` says how many (12 by default, e.g. 200 for a larger run).
 * 1–15 categories, names of 1–80 characters in Spanish, English or French words, values from 0 to billions.
 */
export const chartCases = Number(process.env.CHART_CASES ?? 12);

export const words = {
	es: [
		'área',
		'metropolitana',
		'cooperación',
		'técnica',
		'gobernanza',
		'vivienda',
		'movilidad',
		'sostenible',
		'innovación',
		'de',
		'y',
		'para',
		'servicios',
		'públicos',
	],
	en: [
		'metropolitan',
		'area',
		'technical',
		'cooperation',
		'governance',
		'housing',
		'mobility',
		'sustainable',
		'innovation',
		'of',
		'and',
		'for',
		'public',
		'services',
	],
	fr: [
		'aire',
		'métropolitaine',
		'coopération',
		'technique',
		'gouvernance',
		'logement',
		'mobilité',
		'durable',
		'innovation',
		'de',
		'et',
		'pour',
		'services',
		'publics',
	],
} as const satisfies Record<Locale, readonly string[]>;

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export const seeded = (seed: number) => () => {
	seed = (seed + 0x6d2b79f5) | 0;
	let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
	t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

export type Random = ReturnType<typeof seeded>;
export const pickWith =
	(random: Random) =>
	<T>(list: readonly T[]): T =>
		list[Math.floor(random() * list.length)]!;

/** Words of a language, picked until the text has 1 to `longest` characters (drawn), then cut there (a word may end cut). */
export function phrase(random: Random, locale: Locale, longest: number): string {
	const pick = pickWith(random);
	let text: string = pick(words[locale]);
	const length = 1 + Math.floor(random() * longest);
	while (text.length < length) text += ` ${pick(words[locale])}`;
	return text.slice(0, Math.max(length, 1)).trim() || 'x';
}

export interface Dataset {
	locale: Locale;
	labels: string[];
	values: number[];
	/** An amount in euros, or a count. */
	money: boolean;
}

/** `cases` datasets drawn from `seed`. */
export function datasets(seed: number, cases = chartCases): Dataset[] {
	const random = seeded(seed);
	const pick = pickWith(random);
	return Array.from({ length: cases }, () => {
		const locale = pick(locales);
		const count = 1 + Math.floor(random() * 15);
		const magnitude = 10 ** Math.floor(random() * 10);
		const money = random() < 0.5;
		const labels = Array.from({ length: count }, () => phrase(random, locale, 80));
		const values = Array.from({ length: count }, () => Math.round(random() * magnitude));
		return { locale, labels, values, money };
	});
}
