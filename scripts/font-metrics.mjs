// `node scripts/font-metrics.mjs`: writes src/share/fonts/metrics.ts, the metrics of the fonts the chart
// images are drawn with (png.ts: DejaVu Sans and its bold from src/share/fonts/, Archivo Bold from the very
// WOFF2 file the page loads): advance widths, the ink that reaches out of them, the kerning that widens a
// pair. So src/share/text-metrics.ts measures text as resvg and browsers lay it out, with no font to read
// at build time and no dependency but wawoff2 (which png.ts uses too). Run it again when a font changes:
// tests/unit/text-metrics.test.ts fails until the table is the fonts' own.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { decompress } from 'wawoff2';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
export const metricsFile = `${root}src/share/fonts/metrics.ts`;

/** The fonts, by the name text-metrics.ts gives each face. */
export const fontFiles = {
	text: `${root}src/share/fonts/DejaVuSans.ttf`,
	bold: `${root}src/share/fonts/DejaVuSans-Bold.ttf`,
	display: require.resolve('@fontsource/archivo/files/archivo-latin-700-normal.woff2'),
};

/**
 * The characters tabulated, where a font has them: Latin letters (Spanish, English, French and their
 * neighbours), punctuation and spaces (the no-break spaces of number formats), currency signs, letterlike
 * symbols, arrows and mathematical signs (≈, −). Any other character is measured as the widest of these.
 */
const ranges = [
	[0x20, 0x24f],
	[0x2000, 0x206f],
	[0x20a0, 0x20bf],
	[0x2100, 0x214f],
	[0x2190, 0x21ff],
	[0x2200, 0x22ff],
];

/**
 * One font's metrics, read from its tables (TrueType outlines: head, hhea, hmtx, cmap formats 4 and 12,
 * loca, glyf, GPOS): units per em, ascent and descent (hhea, as browsers on Linux and resvg place a line),
 * and of every tabulated character it maps: its advance width, how far its ink reaches before the advance
 * (J) or after it (k), and the kerning that moves it apart from the next one.
 * @param {Uint8Array} bytes a TrueType/OpenType font
 */
export function readFont(bytes) {
	const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	/** @type {Record<string, number>} */
	const tables = {};
	for (let i = 0; i < data.getUint16(4); i++) {
		const at = 12 + 16 * i;
		tables[String.fromCharCode(...bytes.subarray(at, at + 4))] = data.getUint32(at + 8);
	}
	const table = (/** @type {string} */ tag) => {
		const at = tables[tag];
		if (at === undefined) throw new Error(`the font has no ${tag} table`);
		return at;
	};
	const unitsPerEm = data.getUint16(table('head') + 18);
	const hhea = table('hhea');
	const ascent = data.getInt16(hhea + 4);
	const descent = -data.getInt16(hhea + 6);
	const metrics = data.getUint16(hhea + 34);
	const hmtx = table('hmtx');
	const advance = (/** @type {number} */ glyph) => data.getUint16(hmtx + 4 * Math.min(glyph, metrics - 1));
	const glyphOf = cmap(data, table('cmap'));
	// Each glyph's outline box (glyf), for the ink that reaches out of its advance.
	const longOffsets = data.getInt16(table('head') + 50) === 1;
	const loca = table('loca');
	const glyf = table('glyf');
	const outline = (/** @type {number} */ glyph) => {
		const offset = (/** @type {number} */ g) => (longOffsets ? data.getUint32(loca + 4 * g) : 2 * data.getUint16(loca + 2 * g));
		const at = offset(glyph);
		return at === offset(glyph + 1) ? undefined : { xMin: data.getInt16(glyf + at + 2), xMax: data.getInt16(glyf + at + 6) };
	};
	/** @type {[number, number][]} */
	const widths = [];
	/** @type {[number, number][]} */
	const before = [];
	/** @type {[number, number][]} */
	const after = [];
	/** @type {Map<number, number>} */
	const glyphs = new Map();
	for (const [from, to] of ranges)
		for (let c = from; c <= to; c++) {
			const glyph = glyphOf(c);
			if (!glyph) continue;
			widths.push([c, advance(glyph)]);
			glyphs.set(c, glyph);
			const box = outline(glyph);
			if (box && box.xMin < 0) before.push([c, -box.xMin]);
			if (box && box.xMax > advance(glyph)) after.push([c, box.xMax - advance(glyph)]);
		}
	// The pairs kerning moves apart (most it brings closer, which a measure may leave out): first, second, units.
	const kern = tables.GPOS === undefined ? () => 0 : pairKerning(data, tables.GPOS);
	/** @type {[number, number, number][]} */
	const wider = [];
	for (const [a, first] of glyphs)
		for (const [b, second] of glyphs) {
			const units = kern(first, second);
			if (units > 0) wider.push([a, b, units]);
		}
	return { unitsPerEm, ascent, descent, widths, wider, before, after };
}

/**
 * Pair kerning as GPOS gives it (lookups of type 2, or 9 around them, of every `kern` feature; formats 1
 * and 2): what a glyph's advance changes by before another, summed over the lookups, each applying its
 * first subtable that covers the first glyph (as HarfBuzz and resvg's rustybuzz do).
 * @param {DataView} data
 * @param {number} gpos the table's offset
 * @returns {(first: number, second: number) => number}
 */
function pairKerning(data, gpos) {
	const u16 = (/** @type {number} */ at) => data.getUint16(at);
	const features = gpos + u16(gpos + 6);
	const lookupList = gpos + u16(gpos + 8);
	/** @type {Set<number>} */
	const indices = new Set();
	for (let i = 0; i < u16(features); i++) {
		const record = features + 2 + 6 * i;
		if (String.fromCharCode(...[0, 1, 2, 3].map((k) => data.getUint8(record + k))) !== 'kern') continue;
		const feature = features + u16(record + 4);
		for (let k = 0; k < u16(feature + 2); k++) indices.add(u16(feature + 4 + 2 * k));
	}
	/** @type {number[][]} */
	const lookups = [];
	for (const index of [...indices].sort((a, b) => a - b)) {
		const lookup = lookupList + u16(lookupList + 2 + 2 * index);
		const type = u16(lookup);
		const subtables = Array.from({ length: u16(lookup + 4) }, (_, k) => lookup + u16(lookup + 6 + 2 * k));
		if (type === 2) lookups.push(subtables);
		else if (type === 9) {
			const inner = subtables.filter((t) => u16(t + 2) === 2).map((t) => t + data.getUint32(t + 4));
			if (inner.length) lookups.push(inner);
		}
	}
	/** The XAdvance of a value record (format bits before it: XPlacement, YPlacement). */
	const valueSize = (/** @type {number} */ format) => 2 * [...format.toString(2)].filter((b) => b === '1').length;
	const xAdvance = (/** @type {number} */ at, /** @type {number} */ format) =>
		format & 4 ? data.getInt16(at + 2 * [1, 2].filter((bit) => format & bit).length) : 0;
	const coverage = (/** @type {number} */ at, /** @type {number} */ glyph) => {
		if (u16(at) === 1) {
			for (let i = 0; i < u16(at + 2); i++) if (u16(at + 4 + 2 * i) === glyph) return i;
			return -1;
		}
		for (let i = 0; i < u16(at + 2); i++) {
			const range = at + 4 + 6 * i;
			if (glyph >= u16(range) && glyph <= u16(range + 2)) return u16(range + 4) + glyph - u16(range);
		}
		return -1;
	};
	const classOf = (/** @type {number} */ at, /** @type {number} */ glyph) => {
		if (u16(at) === 1) {
			const start = u16(at + 2);
			return glyph >= start && glyph < start + u16(at + 4) ? u16(at + 6 + 2 * (glyph - start)) : 0;
		}
		for (let i = 0; i < u16(at + 2); i++) {
			const range = at + 4 + 6 * i;
			if (glyph >= u16(range) && glyph <= u16(range + 2)) return u16(range + 4);
		}
		return 0;
	};
	/** One subtable's adjustment of the pair, or undefined where it does not apply. */
	const apply = (/** @type {number} */ at, /** @type {number} */ first, /** @type {number} */ second) => {
		const covered = coverage(at + u16(at + 2), first);
		if (covered < 0) return undefined;
		const [format1, format2] = [u16(at + 4), u16(at + 6)];
		const size = valueSize(format1) + valueSize(format2);
		if (u16(at) === 1) {
			const set = at + u16(at + 10 + 2 * covered);
			for (let i = 0; i < u16(set); i++) {
				const record = set + 2 + i * (2 + size);
				if (u16(record) === second) return xAdvance(record + 2, format1) + xAdvance(record + 2 + valueSize(format1), format2);
			}
			return undefined;
		}
		const class1 = classOf(at + u16(at + 8), first);
		const class2 = classOf(at + u16(at + 10), second);
		const record = at + 16 + (class1 * u16(at + 14) + class2) * size;
		return xAdvance(record, format1) + xAdvance(record + valueSize(format1), format2);
	};
	return (first, second) => {
		let sum = 0;
		for (const subtables of lookups)
			for (const subtable of subtables) {
				const units = apply(subtable, first, second);
				if (units === undefined) continue;
				sum += units;
				break;
			}
		return sum;
	};
}

/**
 * The glyph of a character by the font's Unicode cmap (format 12 where there is one, else format 4).
 * @param {DataView} data
 * @param {number} at the cmap table's offset
 * @returns {(c: number) => number}
 */
function cmap(data, at) {
	/** @type {Record<number, number>} */
	const subtables = {};
	for (let i = 0; i < data.getUint16(at + 2); i++) {
		const record = at + 4 + 8 * i;
		const platform = data.getUint16(record);
		const encoding = data.getUint16(record + 2);
		const offset = at + data.getUint32(record + 4);
		if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) subtables[data.getUint16(offset)] ??= offset;
	}
	const long = subtables[12];
	if (long !== undefined) {
		const groups = data.getUint32(long + 12);
		return (c) => {
			for (let g = 0; g < groups; g++) {
				const group = long + 16 + 12 * g;
				const start = data.getUint32(group);
				if (c >= start && c <= data.getUint32(group + 4)) return data.getUint32(group + 8) + c - start;
			}
			return 0;
		};
	}
	const short = subtables[4];
	if (short === undefined) throw new Error('the font has no Unicode cmap (format 4 or 12)');
	const segments = data.getUint16(short + 6) / 2;
	const ends = short + 14;
	const starts = ends + 2 * segments + 2;
	const deltas = starts + 2 * segments;
	const rangeOffsets = deltas + 2 * segments;
	return (c) => {
		for (let s = 0; s < segments; s++) {
			if (c > data.getUint16(ends + 2 * s)) continue;
			const start = data.getUint16(starts + 2 * s);
			if (c < start) return 0;
			const delta = data.getInt16(deltas + 2 * s);
			const rangeOffset = data.getUint16(rangeOffsets + 2 * s);
			if (rangeOffset === 0) return (c + delta) & 0xffff;
			const glyph = data.getUint16(rangeOffsets + 2 * s + rangeOffset + 2 * (c - start));
			return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
		}
		return 0;
	};
}

/** Every face's metrics, read from the font files (the WOFF2 unpacked as png.ts unpacks it for resvg). */
export async function fontMetrics() {
	/** @type {Record<string, ReturnType<typeof readFont>>} */
	const faces = {};
	for (const [face, file] of Object.entries(fontFiles)) {
		const bytes = readFileSync(file);
		faces[face] = readFont(file.endsWith('.woff2') ? await decompress(bytes) : bytes);
	}
	return faces;
}

/** A character in the module's text: itself, or its escape where it would not show (spaces, soft hyphen…). */
const written = (/** @type {number} */ c) =>
	/[\p{L}\p{N}\p{P}\p{S}]/u.test(String.fromCodePoint(c)) && c !== 0x27 && c !== 0x5c
		? String.fromCodePoint(c)
		: `\\u${c.toString(16).padStart(4, '0')}`;

/**
 * The text of src/share/fonts/metrics.ts, formatted as the project formats code (Prettier): the widths
 * as runs of consecutive characters, `[first, [widths…]]`, 16 to a run; the pairs kerning widens by their two characters.
 * @param {Awaited<ReturnType<typeof fontMetrics>>} faces
 */
export async function metricsModule(faces) {
	const face = (/** @type {ReturnType<typeof readFont>} */ f) => {
		/** @type {[number, number[]][]} */
		const runs = [];
		for (const [c, w] of f.widths) {
			const run = runs.at(-1);
			if (run && run[0] + run[1].length === c && c % 16 !== 0) run[1].push(w);
			else runs.push([c, [w]]);
		}
		const wider = f.wider.map(([a, b, units]) => `'${written(a)}${written(b)}': ${units}`).join(', ');
		const ink = (/** @type {[number, number][]} */ list) => list.map(([c, units]) => `'${written(c)}': ${units}`).join(', ');
		return `{ unitsPerEm: ${f.unitsPerEm}, ascent: ${f.ascent}, descent: ${f.descent},
		runs: [${runs.map(([c, ws]) => `[0x${c.toString(16)}, [${ws.join(', ')}]]`).join(', ')}],
		before: { ${ink(f.before)} }, after: { ${ink(f.after)} },
		wider: { ${wider} } }`;
	};
	const text = `// Written by scripts/font-metrics.mjs from the fonts of the chart images (png.ts): do not edit, run it again.
// Per face, in font units: units per em; ascent and descent (hhea); advance widths, as runs of consecutive
// characters, [first character, [its width, the next one's…]]; the characters whose ink reaches out of
// their advance, before it or after it, by how much; the pairs of characters kerning moves apart, by how
// much (the many it brings closer are left out: a measure may be wider, never narrower).
import type { FontMetrics } from '../text-metrics';

export const metrics: Record<'text' | 'bold' | 'display', FontMetrics> = {
${Object.entries(faces)
	.map(([name, f]) => `${name}: ${face(f)},`)
	.join('\n')}
};
`;
	const prettier = await import('prettier');
	return prettier.format(text, { ...(await prettier.resolveConfig(metricsFile)), filepath: metricsFile });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	writeFileSync(metricsFile, await metricsModule(await fontMetrics()));
	console.log(`Wrote ${metricsFile}.`);
}
