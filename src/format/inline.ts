import type { FigureMap } from '../content/flatten';
import { placeholderPattern } from '../content/report';
import type { Locale } from '../i18n/config';
import type { Translate } from '../i18n/translate';
import { formatFigure, type Formatted, type Gender } from './figures';

/**
 * Renders a content sentence: `**bold**` and figures cited as `{{id}}` / `{{id|f}}`.
 * Content is validated before this runs, so every cited id exists.
 */
/** Text made safe to place in HTML or SVG. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function figureAt(figures: FigureMap, id: string, gender: string | undefined, locale: Locale, t: Translate): Formatted {
	const f = figures[id];
	if (!f) throw new Error(`Unknown figure {{${id}}}`);
	return formatFigure(f, locale, t, (gender as Gender | undefined) ?? 'm');
}

/** A figure as HTML: the short form for the eye, the full reading for assistive technology. */
export const figureHtml = ({ text, spoken }: Formatted) =>
	spoken
		? `<span class="fig"><span aria-hidden="true">${escapeHtml(text)}</span><span class="sr-only">${escapeHtml(spoken)}</span></span>`
		: `<span class="fig">${escapeHtml(text)}</span>`;

/** `marker` adds what follows a figure (its footnote link), by figure id. */
export function renderInline(source: string, figures: FigureMap, locale: Locale, t: Translate, marker: (id: string) => string = () => ''): string {
	return escapeHtml(source)
		.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
		.replace(placeholderPattern, (_, id: string, gender?: string) => figureHtml(figureAt(figures, id, gender, locale, t)) + marker(id));
}

/** The same sentence as plain text (titles, meta descriptions, chart summaries). */
export function renderPlain(source: string, figures: FigureMap, locale: Locale, t: Translate): string {
	return source
		.replace(/\*\*(.+?)\*\*/g, '$1')
		.replace(placeholderPattern, (_, id: string, gender?: string) => figureAt(figures, id, gender, locale, t).text);
}
