import { locales, reports, type Locale, type Report } from '../fixtures/site/expected';

/**
 * The site the end-to-end tests (project `chromium`) read: the fixture tests/fixtures/site/, built by
 * playwright.config.ts into `dist` below (out of the way of git and of the type check), and what it must
 * show (tests/fixtures/site/expected.ts, literals).
 * The project's own content is checked by its own tests (tests/e2e/real-content.spec.ts, tests/unit/seed.test.ts).
 */
export * from '../fixtures/site/expected';
export const dist = 'node_modules/.cache/fixture-site';

export const yearPath = (report: Report, locale: Locale) => `/${locale}/${report.year}/`;
/** Every page that shows a report in full: each year page (the language homes are edition homes). */
export const reportPages = reports.flatMap((r) => locales.map((l) => ({ path: yearPath(r, l), report: r, locale: l })));

/** Every figure a page cites, as it must read there: shown ("+2,4 mil", "1.ª") and read aloud. */
export const citedFigures = (report: Report, locale: Locale) =>
	report.cited.map((id) => {
		const { shown, spoken = shown } = report.figures[id]!;
		const l = locales.indexOf(locale);
		return { id, text: shown[l]!, spoken: spoken[l]! };
	});

/** The year's headline figures as they must read at the top of its pages and on the edition home. */
export const headlineFigures = (report: Report, locale: Locale) =>
	report.headline.map((id) => {
		const { shown, spoken = shown, label } = report.figures[id]!;
		const l = locales.indexOf(locale);
		return { id, text: shown[l]!, spoken: spoken[l]!, label: label[l]! };
	});

/** A chart's data table as it must read: label and value per row, then the sum and total lines. */
export function chartTable(report: Report, locale: Locale, id: string): string[][] {
	const chart = report.pages[locale].charts.find((c) => c.id === id)!;
	return [...chart.rows, ...chart.footer];
}

/** The charts of a page, in page order, with their anchors. */
export const chartsOf = (report: Report, locale: Locale) => report.pages[locale].charts.map((c) => ({ ...c, anchor: `${c.id}-chart` }));
export const sectionsOf = (report: Report, locale: Locale) => report.pages[locale].sections;
