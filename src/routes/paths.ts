import { isLocale, type Locale } from '../i18n/config.ts';

/**
 * Every address of the site, as a path of the site (no base, no leading slash): the same string is the
 * file's place in the build folder (`es/2021/` is dist/es/2021/index.html). Links add the base with
 * `pathWithBase` (./base.ts); the pages' routes (src/pages/) serve exactly these; the PDF step, the
 * sitemap filter and the tests read them here. Pure, and imported by Node scripts too (hence `.ts`).
 */

/** A page in a language: `es/` (the language home) or `es/2021/`; `rest` is the page's path without language. */
export const localePath = (locale: Locale, rest = '') => `${locale}/${rest}`;

/** Files at the top of the site. */
export const sitePaths = {
	/** The language chooser. */
	chooser: '',
	favicon: 'favicon.svg',
	/** The script that fits embedded charts' frames to their content (docs/reuse.md). */
	embedScript: 'embed.js',
	sitemap: 'sitemap-index.xml',
	/** Every figure of more than one year, by year (src/data/series.ts). */
	series: 'data/series.json',
} as const;

/** A language's page of every figure's history (src/pages/[lang]/history/): `es/history/`. */
export const historyPath = (locale: Locale) => localePath(locale, 'history/');
/** A language's history of figures as CSV (src/data/series.ts): `es/series.csv`. */
export const seriesCsvPath = (locale: Locale) => localePath(locale, 'series.csv');

/** The top-level folder of the chart embeds, the only pages other sites may frame. */
export const embedFolder = 'embed';
/** In `embed/<lang>/latest/<chart>/`: the latest edition, instead of a year. */
export const latestFolder = 'latest';
/** The folder, beside a year page, of the CSVs without byte-order mark that the Data Package describes. */
export const packageFolder = 'datapackage/';
/** A CSV's name: every figure (`data.csv`), or one chart's rows (`data-<chart>.csv`). */
export const csvFile = (chart?: string) => (chart ? `data-${chart}.csv` : 'data.csv');

/** A report's pages and files in one language. */
export function reportPaths(year: number, locale: Locale) {
	const page = localePath(locale, `${year}/`);
	/** What a reader's download is called: `metropolis-2021-es.pdf`, `metropolis-2021-es-team.png`. */
	const download = (chart?: string) => `metropolis-${year}-${locale}${chart ? `-${chart}` : ''}`;
	return {
		/** The year page, the report's canonical address: `es/2021/`. */
		page,
		/** The language home, the edition home (every edition, the latest first): `es/`. */
		home: localePath(locale),
		/** The image of the page's social cards (Open Graph, X/Twitter). */
		share: `${page}share.png`,
		/** Written by scripts/pdf.mjs after the build. */
		pdf: `${page}${download()}.pdf`,
		/** Every language's figures in one file, outside the language folders. */
		json: `data/${year}.json`,
		dataPackage: `${page}datapackage.json`,
		/** A CSV for people (with byte-order mark): every figure, or one chart's. */
		csv: (chart?: string) => `${page}${csvFile(chart)}`,
		/** The same CSV without byte-order mark, for the Data Package. */
		packageCsv: (chart?: string) => `${page}${packageFolder}${csvFile(chart)}`,
		chartImage: (chart: string, format: 'png' | 'svg') => `${page}chart-${chart}.${format}`,
		/** The name a chart's file gets when a reader downloads it. */
		chartDownload: (chart: string, format: 'png' | 'svg' | 'csv') => `${download(chart)}.${format}`,
		/** A chart alone, to be framed by other sites. */
		embed: (chart: string) => `${embedFolder}/${locale}/${year}/${chart}/`,
		/** The same chart of whichever edition is the latest (`embed/es/latest/team/`), for frames that follow it. */
		latestEmbed: (chart: string) => `${embedFolder}/${locale}/${latestFolder}/${chart}/`,
	};
}
export type ReportPaths = ReturnType<typeof reportPaths>;

/** Whether a path of the site is a report's year page. */
export function isYearPage(path: string): boolean {
	const [, locale, year] = /^([^/]+)\/(\d{4})\/$/.exec(path) ?? [];
	return isLocale(locale) && reportPaths(Number(year), locale).page === path;
}

/**
 * Whether a path is a page of its own that search engines should list (the sitemap): the year pages, the
 * language homes (the edition homes) and the figures' history; not the chooser, embeds or files.
 */
export function isListedPage(path: string): boolean {
	const [locale] = path.split('/');
	return isYearPage(path) || (isLocale(locale) && (path === localePath(locale) || path === historyPath(locale)));
}
