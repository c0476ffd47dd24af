import type { ChartSpec } from '../charts/spec';
import { palettes, yearSeries } from '../charts/palette';
import { escapeHtml as escape } from '../format/inline';
import { balancedText, inkOverhang, lineExtent, lineWidth, wrapText, type Face } from './text-metrics';
import { displayFamily, textFamily } from './typefaces';

/**
 * A chart as a self-contained image (SVG; PNG through resvg) for slides and articles, drawn from the
 * chart model (src/charts/spec.ts) as the page draws it without JavaScript: its caption above, values
 * on the marks or in the legend, and a source line with the page's address below. Light colours on
 * white, whatever the reader's scheme, because the image leaves the page. Every text is measured in the
 * font it is drawn in (./text-metrics.ts) and given the room it needs, whatever the data: names and
 * captions wrap to as many lines as they take (rows grow with them), the value columns widen to the
 * widest value, and a value too wide for its segment of a 100 % bar is left to the legend, which has them all.
 */
export interface ChartImageText {
	/** "Fuente: Metropolis, Informe anual 2021" */
	source: string;
	/** The address of the chart on the report page. */
	address: string;
}

export const imageWidth = 960;
const pad = 40;
const ink = '#1a2433';
const muted = '#4a5568';
const colours = palettes.light;

/** The widest of the rows' values (bold, 20 units), for the column that holds them. */
const widestValue = (spec: ChartSpec) => Math.max(0, ...spec.rows.map((r) => lineWidth(r.text, 20, 'bold')));

/**
 * Lines of text at `x`, where each line's box starts (or ends, or has its middle), its ink included: a
 * line that begins with a J starts a little further in, one that ends with a k ends a little before `x`.
 * `display`: the caption's typeface (Archivo Bold, as the page's headings).
 */
function text(
	x: number,
	y: number,
	size: number,
	lines: string[],
	opts: { bold?: boolean; display?: boolean; fill?: string; anchor?: 'end' | 'middle'; leading?: number } = {},
) {
	const face: Face = opts.display ? 'display' : opts.bold ? 'bold' : 'text';
	const at = (line: string) => {
		const { before, after } = inkOverhang(line, size, face);
		const shift = opts.anchor === 'end' ? -after : opts.anchor === 'middle' ? (before - after) / 2 : before;
		return shift ? Number((x + shift).toFixed(2)) : x;
	};
	return `<text x="${at(lines[0] ?? '')}" y="${y}" font-size="${size}"${opts.display ? ` font-family="${displayFamily}"` : ''}${opts.bold || opts.display ? ' font-weight="bold"' : ''} fill="${opts.fill ?? ink}"${opts.anchor ? ` text-anchor="${opts.anchor}"` : ''}>${lines
		.map((l, i) => `<tspan x="${at(l)}" dy="${i === 0 ? 0 : (opts.leading ?? size * 1.25)}">${escape(l)}</tspan>`)
		.join('')}</text>`;
}

/** A legend row per category: swatch, label, value; returns its SVG and height. */
function legend(spec: ChartSpec, x: number, y: number, width: number): { svg: string; height: number } {
	const parts: string[] = [];
	let at = y;
	// The values' column: as wide as the widest, 16 clear of the names.
	const valueWidth = Math.max(120, Math.ceil(widestValue(spec)) + 16);
	for (const r of spec.rows) {
		const lines = wrapText(r.label, width - 36 - valueWidth, 20, 'text');
		parts.push(`<rect x="${x}" y="${at}" width="20" height="20" rx="3" fill="${colours[r.series]}"/>`);
		parts.push(text(x + 32, at + 17, 20, lines));
		parts.push(text(x + width, at + 17, 20, [r.text], { bold: true, anchor: 'end' }));
		at += Math.max(lines.length * 25, 25) + 14;
	}
	return { svg: parts.join(''), height: at - y };
}

function bars(spec: ChartSpec, y: number): { svg: string; height: number } {
	const labelWidth = 300;
	// Room after the longest bar for the widest value, 12 from the bar's end.
	const valueWidth = Math.max(140, Math.ceil(widestValue(spec)) + 12);
	const x0 = pad + labelWidth;
	const span = imageWidth - pad - valueWidth - x0;
	const parts: string[] = [];
	let at = y;
	for (const r of spec.rows) {
		const lines = wrapText(r.label, labelWidth - 16, 20, 'text');
		const height = Math.max(44, lines.length * 25 + 18);
		const mid = at + height / 2;
		const length = Math.max(r.scale * span, r.value > 0 ? 2 : 0);
		parts.push(text(x0 - 16, mid + 7 - ((lines.length - 1) * 25) / 2, 20, lines, { anchor: 'end' }));
		parts.push(`<rect x="${x0}" y="${mid - 14}" width="${length.toFixed(1)}" height="28" rx="3" fill="${colours[r.series]}"/>`);
		parts.push(text(x0 + length + 12, mid + 7, 20, [r.text], { bold: true }));
		at += height;
	}
	return { svg: parts.join(''), height: at - y };
}

/**
 * A chart across years: a key of the two years, then per category its name over its two bars (the year
 * before, then this year), each value with its year, measured: the bars leave room for the widest.
 */
function acrossBars(across: NonNullable<ChartSpec['across']>, y: number): { svg: string; height: number } {
	const yearColours = yearSeries.map((s) => colours[s]);
	const said = (v: (typeof across.rows)[number]['values'][number]) =>
		typeof v === 'string' ? { words: v, face: 'text' as const } : { words: v.inYear, face: 'bold' as const };
	const widest = Math.max(
		0,
		...across.rows.flatMap((r) => r.values.filter((v) => typeof v !== 'string').map((v) => lineWidth(said(v).words, 18, 'bold'))),
	);
	const span = imageWidth - 2 * pad - Math.ceil(widest) - 12;
	const key = across.years
		.map(
			(year, n) =>
				`<rect x="${pad + n * 120}" y="${y}" width="20" height="20" rx="3" fill="${yearColours[n]}"/>${text(pad + n * 120 + 28, y + 17, 20, [String(year)])}`,
		)
		.join('');
	const parts: string[] = [key];
	let at = y + 44;
	for (const r of across.rows) {
		const lines = wrapText(r.label, imageWidth - 2 * pad, 20, 'text');
		parts.push(text(pad, at + 20, 20, lines));
		at += lines.length * 25 + 8;
		r.values.forEach((v, n) => {
			const length = typeof v === 'string' ? 0 : Math.max(v.scale * span, v.value > 0 ? 2 : 0);
			if (length) parts.push(`<rect x="${pad}" y="${at}" width="${length.toFixed(1)}" height="24" rx="3" fill="${yearColours[n]}"/>`);
			// The words of a missing value wrap on the whole width, where its bar would be.
			const { words, face } = said(v);
			const lines = face === 'text' ? wrapText(words, imageWidth - 2 * pad, 18, 'text') : [words];
			parts.push(
				text(pad + (length ? length + 12 : 0), at + 18, 18, lines, { bold: face === 'bold', fill: face === 'bold' ? ink : muted }),
			);
			at += 30 + (lines.length - 1) * 22.5;
		});
		at += 14;
	}
	return { svg: parts.join(''), height: at - y };
}

function donut(spec: ChartSpec, y: number): { svg: string; height: number } {
	const r = 105;
	const cx = pad + 130;
	const circumference = 2 * Math.PI * r;
	const rings = spec.rows
		.map((row) => {
			const { offset, length } = row.share;
			const dash = Math.max((length / 100) * circumference - 2, 0);
			return `<circle cx="${cx}" cy="${y + 130}" r="${r}" fill="none" stroke="${colours[row.series]}" stroke-width="46" stroke-dasharray="${dash.toFixed(2)} ${(circumference - dash).toFixed(2)}" stroke-dashoffset="${(circumference / 4 - (offset / 100) * circumference).toFixed(2)}"/>`;
		})
		.join('');
	const x = pad + 300;
	const list = legend(spec, x, y + 10, imageWidth - pad - x);
	return { svg: rings + list.svg, height: Math.max(260, list.height + 10) };
}

function stacked(spec: ChartSpec, y: number): { svg: string; height: number } {
	const width = imageWidth - 2 * pad;
	// Values on the segments that hold them 8 clear of each edge (every palette colour holds white text at
	// 4.5:1); the legend gives every value.
	const bar = spec.rows
		.map((row) => {
			const x = pad + (row.share.offset / 100) * width;
			const w = (row.share.length / 100) * width;
			const value =
				lineWidth(row.text, 20, 'bold') + 16 <= w
					? text(x + w / 2, y + 35, 20, [row.text], { bold: true, fill: '#ffffff', anchor: 'middle' })
					: '';
			return `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="56" fill="${colours[row.series]}"/>${value}`;
		})
		.join('');
	const list = legend(spec, pad, y + 80, width);
	return { svg: bar + list.svg, height: 80 + list.height };
}

/** The chart with its caption and source as an SVG document (`width`×`height` user units). */
export function chartImage(spec: ChartSpec, words: ChartImageText): { svg: string; width: number; height: number } {
	const caption = balancedText(spec.caption, imageWidth - 2 * pad, 28, 'display');
	const top = pad + 28;
	// The subtitle (what is measured, of whom, when) under the caption, quieter, wrapped by measured width.
	const subtitle = spec.subtitle ? wrapText(spec.subtitle, imageWidth - 2 * pad, 20, 'text') : [];
	const subtitleTop = top + (caption.length - 1) * 36 + 32;
	const bodyTop = subtitleTop + (subtitle.length ? (subtitle.length - 1) * 26 + 30 : 4);
	const body = spec.across
		? acrossBars(spec.across, bodyTop)
		: spec.type === 'bar'
			? bars(spec, bodyTop)
			: spec.type === 'doughnut'
				? donut(spec, bodyTop)
				: stacked(spec, bodyTop);
	const footTop = bodyTop + body.height + 24;
	const source = wrapText(words.source, imageWidth - 2 * pad, 16, 'bold');
	const addressTop = footTop + 50 + (source.length - 1) * 20;
	const address = wrapText(words.address, imageWidth - 2 * pad, 16, 'text');
	// The padding below the last line's box (the address's descent).
	const height = Math.ceil(addressTop + (address.length - 1) * 20 + lineExtent(16, 'text').below) + pad;
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${imageWidth}" height="${height}" viewBox="0 0 ${imageWidth} ${height}" font-family="${textFamily}" role="img" aria-labelledby="t d">
<title id="t">${escape(spec.caption)}</title>
<desc id="d">${escape(spec.summary)}</desc>
<rect width="${imageWidth}" height="${height}" fill="#ffffff"/>
${text(pad, top, 28, caption, { display: true, leading: 36 })}
${subtitle.length ? text(pad, subtitleTop, 20, subtitle, { fill: muted, leading: 26 }) : ''}
${body.svg}
<rect x="${pad}" y="${footTop}" width="${imageWidth - 2 * pad}" height="1" fill="#cbd5e0"/>
${text(pad, footTop + 28, 16, source, { fill: muted, bold: true, leading: 20 })}
${text(pad, addressTop, 16, address, { fill: muted, leading: 20 })}
</svg>
`;
	return { svg, width: imageWidth, height };
}
