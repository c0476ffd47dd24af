/**
 * Patterns for forced colours (Windows high contrast): there the series take the few system colours the
 * reader chose (CanvasText, Highlight, LinkText, GrayText, global.css), which may look alike or repeat
 * after four, so each series also has its own texture: series 0 solid, then stripes, dots, a grid, bars.
 * One description, drawn by the canvas (src/scripts/chart-render.ts) and by the SVG patterns the page's
 * legends and pictures fill with (ChartPatterns.astro): the legend's swatch and the slice look the same.
 *
 * A tile is `tile` units (CSS pixels on the canvas) square, marks in the series' colour on the page's.
 */
export const tile = 8;

/** Whole-unit squares and bars, [x, y, w, h] in the tile: drawn on pixel edges, so no blended (antialiased) colour lowers the contrast. */
export type Pattern = [number, number, number, number][];

/** A band three units wide, climbing one unit per row: diagonal stripes of whole squares. */
const diagonal: Pattern = Array.from({ length: tile }, (_, y) =>
	[0, 1, 2].map((k): [number, number, number, number] => [(tile - 1 - y + k) % tile, y, 1, 1]),
).flat();

/** By series: undefined for series 0 (solid), then diagonal stripes, dots, a grid, horizontal and vertical bars. */
export const patterns: readonly (Pattern | undefined)[] = [
	undefined,
	diagonal,
	[
		[1, 1, 2, 2],
		[5, 5, 2, 2],
		[5, 1, 2, 2],
		[1, 5, 2, 2],
	],
	[
		[0, 3, tile, 2],
		[3, 0, 2, tile],
	],
	[[0, 0, tile, 3]],
	[[0, 0, 3, tile]],
];

/** The pattern of a series (cycling as the colours do), or none (solid). */
export const patternOf = (series: number): Pattern | undefined => patterns[series % patterns.length];
