import { readReports } from '../../src/content/read';
import type { Report } from '../../src/content/report';
import { buildChart } from '../../src/charts/spec';
import { citedFigure } from '../../src/format/figures';
import { createTranslator } from '../../src/i18n/translate';
import { locales, type Locale } from '../../src/i18n/config';
import { localePath, reportPaths } from '../../src/routes/paths';

/**
 * What the end-to-end tests expect, read from the content itself (content/reports/), so they hold
 * for any year staff publish, of any shape.
 */
const read = readReports(process.cwd());
if (read.errors.length) throw new Error(`The content has problems: run npm run check.\n${read.errors.map((e) => e.message).join('\n')}`);

/** The published reports (no drafts), newest first: what a production build holds. */
export const reports: Report[] = read.reports.filter((r) => !r.draft);
export const latest = reports[0]!;
export { locales, type Locale };

/** Where the tests' server (at the root, no base path) serves a report's year page. */
export const yearPath = (report: Report, locale: Locale) => `/${reportPaths(report.year, locale).page}`;
/** Every page that shows a report in full: each year page, and each language home (the latest year). */
export const reportPages = reports.flatMap((r) =>
	locales.flatMap((l) => [{ path: yearPath(r, l), report: r, locale: l }, ...(r === latest ? [{ path: `/${localePath(l)}`, report: r, locale: l }] : [])]),
);

/** Every figure a page cites, as it must read there ("+2,4 mil", "1.ª"). */
export function citedFigures(report: Report, locale: Locale): { id: string; text: string; spoken: string }[] {
	const t = createTranslator(locale);
	const page = report.pages[locale];
	return page.cited.map((id) => {
		const inContext = page.contexts[id]?.find((s) => 'fig' in s && s.fig === id);
		const f = citedFigure(report, locale, t, id, inContext && 'fig' in inContext ? inContext.gender : undefined);
		return { id, text: f.text, spoken: f.spoken ?? f.text };
	});
}

/** A chart's data table as it must read: label and value per row, then the sum and total lines. */
export function chartTable(report: Report, locale: Locale, id: string): string[][] {
	const spec = buildChart(report, locale, createTranslator(locale), id);
	return [...spec.rows.map((r) => [r.label, r.text]), ...(spec.footer ?? []).map((f) => [f.label, f.text])];
}

/** The charts of a page, in page order, with their anchors. */
export const chartsOf = (report: Report, locale: Locale) => report.pages[locale].charts.map((c) => ({ id: c.id, anchor: `${c.id}-chart`, section: c.section }));
export const sectionsOf = (report: Report, locale: Locale) => report.pages[locale].sections;
