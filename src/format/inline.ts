import type { Report } from '../content/report';
import { placeholderPattern } from '../content/page';
import type { Locale } from '../i18n/config';
import type { Translate } from '../i18n/translate';
import { citedFigure, type Formatted, type Gender } from './figures';

/**
 * The short texts of a page's data block (hero, notes, title): `**bold**`, `{{year}}` and figures
 * cited as `{{id}}` / `{{id|f}}`. Content is validated before this runs, so every cited id exists.
 */

/** Text made safe to place in HTML or SVG. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A figure as HTML: the short form for the eye, the full reading for assistive technology. */
export const figureHtml = ({ text, spoken }: Formatted) =>
	spoken
		? `<span class="fig"><span aria-hidden="true">${escapeHtml(text)}</span><span class="sr-only">${escapeHtml(spoken)}</span></span>`
		: `<span class="fig">${escapeHtml(text)}</span>`;

function fill(source: string, report: Report, locale: Locale, t: Translate, figure: (id: string, f: Formatted) => string): string {
	return source.replace(placeholderPattern, (_, id: string, gender?: string) => {
		if (id === 'year') return String(report.year);
		if (!report.figures[id]) throw new Error(`Unknown figure {{${id}}}`);
		return figure(id, citedFigure(report, locale, t, id, gender as Gender | undefined));
	});
}

/**
 * As HTML; `marker` adds what follows a figure (its footnote link), by figure id. A span of years
 * ("2021-2023") is kept on one line.
 */
export function renderInline(
	source: string,
	report: Report,
	locale: Locale,
	t: Translate,
	marker: (id: string) => string = () => '',
): string {
	const html = escapeHtml(source)
		.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
		.replace(/\b(\d{4})-(\d{4})\b/g, '<span class="nowrap">$1-$2</span>');
	return fill(html, report, locale, t, (id, f) => figureHtml(f) + marker(id));
}

/** As plain text (titles, meta descriptions, the share image). */
export function renderPlain(source: string, report: Report, locale: Locale, t: Translate): string {
	return fill(source.replace(/\*\*(.+?)\*\*/g, '$1'), report, locale, t, (_, f) => f.text);
}

/**
 * Inline HTML split around its last word, so that what follows it (a copy-link button) can share that word's
 * line: the word and it in one box that does not wrap. Only a word of text at the end, closed by nothing but
 * paragraphs and emphasis; after a figure, a footnote marker or a link, undefined.
 */
export function splitLastWord(html: string): { before: string; word: string; after: string } | undefined {
	const after = /(?:<\/(?:p|strong|em|b|i)>|\s)*$/.exec(html)![0];
	const rest = html.slice(0, html.length - after.length);
	const word = /[^\s<>]+$/.exec(rest)?.[0];
	return word ? { before: rest.slice(0, -word.length), word, after } : undefined;
}
