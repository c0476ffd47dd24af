import { wrap } from '../charts/wrap';
import { metrics } from './fonts/metrics';

/**
 * Text measured in the fonts the images are drawn with (png.ts, typefaces.ts), for layouts no browser
 * makes: the chart images. From the font files (./fonts/metrics.ts, written by scripts/font-metrics.mjs):
 * a line's advance is the sum of its glyphs' advance widths and of the kerning of the pairs it moves
 * apart; the kerning that brings pairs closer (most of it) is left out, so a measured line is never
 * narrower than resvg or a browser draws it, and at most a few per cent wider. Its ink may reach a
 * little out of that advance (the hook of a J, the arm of a k): `lineWidth` holds both, as a browser's
 * box of the line does.
 */
export interface FontMetrics {
	/** Font units per em. */
	unitsPerEm: number;
	/** Above and below the baseline, in font units (hhea): the box a browser gives a line of text. */
	ascent: number;
	descent: number;
	/** Advance widths in font units, as runs of consecutive characters: `[first character, [widths…]]`. */
	runs: [number, number[]][];
	/** The characters whose ink reaches out of their advance, before it (J) or after it (k), by how much in font units. */
	before: Record<string, number>;
	after: Record<string, number>;
	/** The pairs of characters kerning moves apart ("-J"), by how much in font units. */
	wider: Record<string, number>;
}

/** `text`: DejaVu Sans; `bold`: DejaVu Sans Bold; `display`: Archivo Bold (captions), DejaVu Sans Bold for what it lacks. */
export type Face = keyof typeof metrics;

/** A face's metrics in em, by character (`em`: advance widths by code point). */
interface InEm {
	em: Map<number, number>;
	widest: number;
	before: Map<string, number>;
	after: Map<string, number>;
	wider: Map<string, number>;
	ascent: number;
	descent: number;
}

const faces = Object.fromEntries(
	Object.entries(metrics).map(([face, m]): [string, InEm] => {
		const inEm = (record: Record<string, number>) => new Map(Object.entries(record).map(([chars, units]) => [chars, units / m.unitsPerEm]));
		const em = new Map(m.runs.flatMap(([first, widths]) => widths.map((w, i): [number, number] => [first + i, w / m.unitsPerEm])));
		return [
			face,
			{
				em,
				widest: Math.max(...em.values()),
				before: inEm(m.before),
				after: inEm(m.after),
				wider: inEm(m.wider),
				ascent: m.ascent / m.unitsPerEm,
				descent: m.descent / m.unitsPerEm,
			},
		];
	}),
) as Record<Face, InEm>;

/** Whether Archivo has the character; DejaVu Sans Bold draws those it lacks. */
const inDisplay = (c: string) => faces.display.em.has(c.codePointAt(0)!);

/** A text's advance in em in one font: a character it lacks counts as its widest; kerning that widens a pair is added. */
function ems(text: string, face: Face): number {
	const { em, wider, widest } = faces[face];
	const chars = [...text];
	return chars.reduce((sum, c, i) => sum + (em.get(c.codePointAt(0)!) ?? widest) + (i > 0 ? (wider.get(chars[i - 1]! + c) ?? 0) : 0), 0);
}

/**
 * The advance of one line of text at `size` px (or user units): where the next character would start.
 * Archivo lacks some characters (≈, the narrow no-break space of French numbers): for a line with one,
 * a browser draws that character in DejaVu Sans Bold and resvg may draw the whole line in it, so the
 * wider of the two.
 */
export function textWidth(text: string, size: number, face: Face): number {
	if (face !== 'display' || [...text].every(inDisplay)) return ems(text, face) * size;
	// Runs of one font each, as a browser draws them.
	const runs: { face: Face; text: string }[] = [];
	for (const c of text) {
		const f: Face = inDisplay(c) ? 'display' : 'bold';
		const last = runs.at(-1);
		if (last?.face === f) last.text += c;
		else runs.push({ face: f, text: c });
	}
	return (
		Math.max(
			runs.reduce((sum, r) => sum + ems(r.text, r.face), 0),
			ems(text, 'bold'),
		) * size
	);
}

/**
 * How far a line's ink reaches out of its advance at `size`: before its first character (J, j) and after
 * its last (k, í). For a caption, in either font it may be drawn in.
 */
export function inkOverhang(text: string, size: number, face: Face): { before: number; after: number } {
	const chars = [...text];
	const reach = (side: 'before' | 'after', c: string | undefined) => {
		if (c === undefined) return 0;
		const of = (f: Face) => faces[f][side].get(c) ?? 0;
		return (face === 'display' ? Math.max(inDisplay(c) ? of('display') : 0, of('bold')) : of(face)) * size;
	};
	return { before: reach('before', chars[0]), after: reach('after', chars.at(-1)) };
}

/** The width a line takes, its ink included: what must fit in a column. */
export function lineWidth(text: string, size: number, face: Face): number {
	const { before, after } = inkOverhang(text, size, face);
	return before + textWidth(text, size, face) + after;
}

/** How far a line's box reaches above and below its baseline, at `size`. */
export const lineExtent = (size: number, face: Face) => ({ above: faces[face].ascent * size, below: faces[face].descent * size });

/**
 * A text in lines that take no more than `width` at `size` (`lineWidth`): broken at spaces (never at a
 * no-break space, see ../charts/wrap.ts), and a word longer than a line (a long compound, an address)
 * broken where it must. Nothing is cut: the lines hold the whole text.
 */
export function wrapText(text: string, width: number, size: number, face: Face): string[] {
	const measure = (s: string) => lineWidth(s, size, face);
	return wrap(text.trim(), width, Infinity, measure).flatMap((line) => {
		if (measure(line) <= width) return [line];
		const pieces = [''];
		for (const c of line) {
			const last = pieces.at(-1)!;
			if (last && measure(last + c) > width) pieces.push(c);
			else pieces[pieces.length - 1] = last + c;
		}
		return pieces;
	});
}

/**
 * The same lines as `wrapText` gives, as many, made as even as they can be (as `text-wrap: balance` does
 * for the page's headings): for a title, no last line of one word under a full one.
 */
export function balancedText(text: string, width: number, size: number, face: Face): string[] {
	const lines = wrapText(text, width, size, face);
	if (lines.length < 2) return lines;
	// The narrowest width, to the unit, that takes no more lines and breaks no word the full width does not.
	const holds = (w: number) => {
		const fewer = wrapText(text, w, size, face);
		return fewer.length <= lines.length && fewer.join(' ') === lines.join(' ');
	};
	let [narrow, wide] = [0, width];
	while (wide - narrow > 1) {
		const mid = (narrow + wide) / 2;
		if (holds(mid)) wide = mid;
		else narrow = mid;
	}
	return wrapText(text, wide, size, face);
}
