/**
 * Greedy word wrap, for text drawn where no browser lays it out: the canvas's axis labels (measured in
 * pixels in the page's font), the chart images (measured in their fonts, src/share/text-metrics.ts) and
 * the share card (by character count: it draws one known font, so this is close enough).
 * Lines break at spaces only, never at a no-break space: a figure such as "+2,4 mil" stays whole.
 * Past `maxLines`, the last line ends with "…". `measure` gives a text's width in the unit of `width`
 * (characters by default; the page's canvas passes pixels, measured in its font).
 */
export function wrap(text: string, width: number, maxLines = Infinity, measure: (s: string) => number = (s) => s.length): string[] {
	const lines: string[] = [];
	for (const word of text.split(breakingSpaces)) {
		const last = lines.at(-1);
		if (last !== undefined && measure(`${last} ${word}`) <= width) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	if (lines.length > maxLines) {
		lines.length = maxLines;
		lines[maxLines - 1] = `${lines[maxLines - 1]!.split(breakingSpaces).slice(0, -1).join(' ')}…`;
	}
	return lines;
}

/** Whitespace but the no-break spaces (U+00A0, U+2007 figure space, U+202F narrow no-break space). */
const breakingSpaces = /[^\S\u00a0\u2007\u202f]+/;
