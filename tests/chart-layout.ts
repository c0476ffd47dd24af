import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { fontFiles } from '../scripts/font-metrics.mjs';

/**
 * The layout of a chart image (src/share/chart-image.ts) as drawn, and what it must never do (issue 23):
 * every text inside the image's 40-unit padding, no two texts touching, no text on a mark (a bar, a
 * segment, a swatch, the ring, the rule above the source) but the values drawn on a stacked bar's
 * segment in white, which stay inside their segment. Read from Chromium (`measureSvg`: each line's box as
 * the browser lays it out, in the fonts the PNG is drawn with) or from resvg's pixels, the ink of each
 * text (tests/unit/chart-images.test.ts); checked by the same rules (`layoutProblems`).
 */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}
export interface DrawnText {
	/** The text element's lines (tspans), each with its box. */
	lines: { text: string; box: Box }[];
	fill: string;
}
export interface Layout {
	width: number;
	height: number;
	texts: DrawnText[];
	/** Every mark (rects and circles, with a circle's stroke), the white background left out. */
	shapes: { box: Box; fill: string }[];
}

export const imagePadding = 40;
/** The least room between a text and what stands beside it on its line (another text, a mark), in user units. */
export const textGap = 4;
const white = /^#fff(fff)?$/i;

/**
 * A page with the images' fonts, as png.ts gives them to resvg: DejaVu Sans, DejaVu Sans Bold and
 * Archivo Bold under the family names the images ask for, loaded before anything is measured.
 */
export async function preparePage(page: Page) {
	await page.setContent('<!doctype html><html><body style="margin:0"></body></html>');
	const fonts = [
		{ family: 'DejaVu Sans', weight: '400', file: fontFiles.text },
		{ family: 'DejaVu Sans', weight: '700', file: fontFiles.bold },
		{ family: 'Archivo SemiBold', weight: '700', file: fontFiles.display },
	].map((f) => ({ ...f, data: readFileSync(f.file).toString('base64') }));
	const loaded = await page.evaluate(async (list) => {
		for (const f of list) {
			const face = new FontFace(
				f.family,
				Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0)),
				{ weight: f.weight },
			);
			document.fonts.add(await face.load());
		}
		return [...document.fonts].map((f) => `${f.family} ${f.weight} ${f.status}`);
	}, fonts);
	if (loaded.length !== 3 || loaded.some((f) => !f.endsWith('loaded'))) throw new Error(`fonts not loaded: ${loaded.join(', ')}`);
}

/**
 * An image drawn in the page (after `preparePage`) and read, in user units: each line's box (across,
 * from its first character's start to its last one's end; up and down, the font's ascent and descent)
 * and each mark's.
 */
export const measureSvg = (page: Page, svg: string): Promise<Layout> =>
	page.evaluate(async (source) => {
		document.body.innerHTML = source;
		await document.fonts.ready;
		const root = document.querySelector('svg')!;
		const [, , width, height] = root.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
		const boxOf = (e: SVGGraphicsElement) => {
			const { x, y, width, height } = e.getBBox();
			return { x, y, width, height };
		};
		const number = (e: Element, name: string) => Number(e.getAttribute(name) ?? 0);
		// A line from where its first character starts to where its last one ends, as laid out (its ink is
		// resvg's to measure: Chromium's box of a line rounds each glyph's ink out to whole pixels).
		const lineBox = (line: SVGTSpanElement) => {
			const { y, height } = boxOf(line);
			const last = line.getNumberOfChars() - 1;
			if (last < 0) return { x: 0, y, width: 0, height };
			const [start, end] = [line.getStartPositionOfChar(0).x, line.getEndPositionOfChar(last).x];
			return { x: Math.min(start, end), y, width: Math.abs(end - start), height };
		};
		const texts = [...root.querySelectorAll('text')].map((t) => ({
			fill: t.getAttribute('fill') ?? '',
			lines: [...t.querySelectorAll('tspan')].map((s) => ({ text: s.textContent ?? '', box: lineBox(s) })),
		}));
		const rects = [...root.querySelectorAll('rect')]
			.map((r) => ({ box: boxOf(r), fill: r.getAttribute('fill') ?? '' }))
			.filter((r) => !(r.box.x === 0 && r.box.y === 0 && r.box.width === width && r.box.height === height));
		const circles = [...root.querySelectorAll('circle')].map((c) => {
			const reach = number(c, 'r') + number(c, 'stroke-width') / 2;
			const box = { x: number(c, 'cx') - reach, y: number(c, 'cy') - reach, width: 2 * reach, height: 2 * reach };
			return { box, fill: c.getAttribute('stroke') ?? '' };
		});
		return { width, height, texts, shapes: [...rects, ...circles] };
	}, svg);

/** How far the browser's layout may differ from the image's measure: it rounds glyph advances to 1/64 px. */
export const roundingAllowance = 0.05;
const epsilon = roundingAllowance;
const area = (b: Box) => b.width > epsilon && b.height > epsilon;
/** Whether two boxes share any area, or come closer than `gap` side by side. */
const overlap = (a: Box, b: Box, gap: number) =>
	a.x < b.x + b.width + gap - epsilon &&
	b.x < a.x + a.width + gap - epsilon &&
	a.y < b.y + b.height - epsilon &&
	b.y < a.y + a.height - epsilon;
const within = (inner: Box, outer: Box, gap: number) =>
	inner.x >= outer.x + gap - epsilon &&
	inner.x + inner.width <= outer.x + outer.width - gap + epsilon &&
	inner.y >= outer.y - epsilon &&
	inner.y + inner.height <= outer.y + outer.height + epsilon;
const shown = (b: Box) => `[${b.x.toFixed(1)}, ${b.y.toFixed(1)}, ${(b.x + b.width).toFixed(1)}, ${(b.y + b.height).toFixed(1)}]`;

/** What breaks the rules, one line each («"1.200.000 €" [x0, y0, x1, y1] overlaps "Programas" […]»). */
export function layoutProblems(layout: Layout): string[] {
	const problems: string[] = [];
	const lines = layout.texts.flatMap((t, i) => t.lines.filter((l) => area(l.box)).map((l) => ({ ...l, fill: t.fill, element: i })));
	const name = (l: (typeof lines)[number]) => `"${l.text}" ${shown(l.box)}`;
	const page = {
		x: imagePadding,
		y: imagePadding,
		width: layout.width - 2 * imagePadding,
		height: layout.height - 2 * imagePadding,
	};
	const marks = layout.shapes.filter((s) => area(s.box));
	for (const [i, line] of lines.entries()) {
		if (!within(line.box, page, 0)) problems.push(`${name(line)} is outside the image's padding ${shown(page)}`);
		for (const other of lines.slice(i + 1))
			if (overlap(line.box, other.box, textGap)) problems.push(`${name(line)} overlaps ${name(other)}`);
		// A white value sits on its segment, whole and clear of its edges; any other text on no mark.
		const on = white.test(line.fill) ? marks.find((m) => within(line.box, m.box, textGap)) : undefined;
		if (white.test(line.fill) && !on) problems.push(`${name(line)} is white and not inside a mark`);
		for (const mark of marks)
			if (mark !== on && overlap(line.box, mark.box, textGap))
				problems.push(`${name(line)} overlaps a mark ${shown(mark.box)} (${mark.fill})`);
	}
	return problems;
}

/** Texts of the image, each element's lines joined, without spaces: to find every name and value whole in it. */
export const drawnTexts = (layout: Layout) =>
	layout.texts.map((t) =>
		t.lines
			.map((l) => l.text)
			.join('')
			.replace(/\s/g, ''),
	);
