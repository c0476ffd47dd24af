import type { ChartType } from '../content/model';

/**
 * Chart colours per scheme: distinguishable with the common colour-vision deficiencies (blue /
 * orange / teal / purple / grey / ochre families, different lightness: any two that can sit side by
 * side are ΔE00 ≥ 12 apart as protanopes, deuteranopes, tritanopes and everyone else see them,
 * tests/unit/colour-vision.test.ts) and each at least 3:1 against its page (WCAG 1.4.11), so a
 * segment or bar stands out even where colour is not perceived. Colour is never alone: every chart has labels with values and a data table.
 * The same values are the CSS custom properties --series-0… in src/styles/global.css (a unit test
 * keeps them equal); the page and Chart.js read those, so they follow the reader's scheme.
 */
export const palettes = {
	light: ['#12325b', '#b3470b', '#0b6e69', '#6b4c9a', '#5c6b7a', '#8a5a00'],
	dark: ['#66a2cc', '#f29a5c', '#c9e8e0', '#7e47eb', '#67777e', '#e3b55c'],
} as const;
export const backgrounds = { light: '#ffffff', dark: '#0e1726' } as const;
export const palette = palettes.light;

const channel = (c: number) => {
	const s = c / 255;
	return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

export function luminance(hex: string): number {
	const n = Number.parseInt(hex.slice(1), 16);
	return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** The series (colour index) of a chart's row: one colour for a single series (bars), one per category otherwise. */
export const seriesOf = (type: ChartType, row: number) => (type === 'bar' ? 0 : row % palette.length);

/** A chart across years: the year before in the grey series, this year in the first (one rule for page, canvas and image). */
export const yearSeries = [4, 0] as const;
