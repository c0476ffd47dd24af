import type { Report } from '../content/report';
import { formatFigure } from '../format/figures';
import { escapeHtml as escape, renderPlain } from '../format/inline';
import type { Locale } from '../i18n/config';
import type { Translate } from '../i18n/translate';
import { wrap } from '../charts/wrap';
import { displayFamily, textFamily } from './typefaces';

/** The share image (1200×630) of a report in one language, as SVG, drawn from the report's own data. */
export const shareSize = { width: 1200, height: 630 } as const;

/** Each figure's column: three side by side, 24 px apart. */
const column = { step: 360, width: 336 } as const;

/**
 * The size at which a figure fits its column: 60 px, or smaller for a long one ("999.999.999.999 €").
 * Widths in em of Archivo Bold, rounded up: digits 0.62, separators and spaces 0.3, anything else 0.75.
 */
export function valueSize(value: string, width: number = column.width, largest = 60): number {
	const em = [...value].reduce((sum, c) => sum + (/\d/.test(c) ? 0.62 : /[.,\s\u00a0\u202f]/.test(c) ? 0.3 : 0.75), 0);
	return Math.min(largest, Math.floor(width / em));
}

export function shareCard(report: Report, locale: Locale, t: Translate): string {
	const page = report.pages[locale];
	const plain = (s: string) => renderPlain(s, report, locale, t);
	const title = wrap(plain(page.hero.title), 30, 3);
	// The figures named under `share:` in figures.yaml, with their labels in this language.
	const stats = report.share.map((id) => ({
		value: formatFigure(report.figures[id]!, locale, t, page.labels[id]?.gender).text,
		label: wrap(page.labels[id]?.text ?? id, 28, 3),
	}));
	const tspans = (lines: string[], x: number, lineHeight: number) =>
		lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : lineHeight}">${escape(l)}</tspan>`).join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${shareSize.width}" height="${shareSize.height}" viewBox="0 0 1200 630">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#12325b"/><stop offset="0.65" stop-color="#1b4a80"/><stop offset="1" stop-color="#0b6e69"/></linearGradient></defs>
<rect width="1200" height="630" fill="url(#g)"/>
<text x="1160" y="600" text-anchor="end" font-family="${displayFamily}" font-weight="bold" font-size="330" letter-spacing="-8" fill="none" stroke="#ffffff" stroke-opacity="0.16" stroke-width="3">${report.year}</text>
<text x="72" y="96" font-family="${displayFamily}" font-weight="bold" font-size="34" fill="#ffffff">${escape(t('site.name'))}</text>
<text x="72" y="150" font-family="${displayFamily}" font-weight="bold" font-size="26" fill="#cfe9e5" letter-spacing="2">${escape(plain(page.hero.kicker).toUpperCase())}</text>
<text x="72" y="222" font-family="${displayFamily}" font-weight="bold" font-size="52" fill="#ffffff">${tspans(title, 72, 60)}</text>
<rect x="72" y="418" width="1056" height="2" fill="#ffffff" opacity="0.35"/>
${stats
	.map(
		(
			s,
			i,
		) => `<text x="${72 + i * column.step}" y="496" font-family="${displayFamily}" font-weight="bold" font-size="${valueSize(s.value)}" fill="#ffffff">${escape(s.value)}</text>
<text x="${72 + i * column.step}" y="540" font-family="${textFamily}" font-size="22" fill="#e6eef7">${tspans(s.label, 72 + i * column.step, 28)}</text>`,
	)
	.join('\n')}
</svg>`;
}
