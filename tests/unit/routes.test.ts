import { afterEach, describe, expect, it, vi } from 'vitest';
import { languageNames, localeInfo, locales } from '../../src/i18n/config';
import { absoluteUrl, pathWithBase, reportPageUrls, withBase } from '../../src/routes/base';
import { isListedPage, isYearPage, localePath, reportPaths, sitePaths } from '../../src/routes/paths';

/**
 * The site's addresses come from one table (src/routes/paths.ts) and get the base path from one join
 * (src/routes/base.ts): written out here as literals, at the root and under a base path.
 */
describe('the base-path join', () => {
	afterEach(() => vi.unstubAllEnvs());

	it('puts exactly one slash between the base and a path, with or without slashes around them', () => {
		for (const base of ['/informe-anual/', '/informe-anual']) {
			expect(withBase(base, 'es/2021/')).toBe('/informe-anual/es/2021/');
			expect(withBase(base, '/es/2021/')).toBe('/informe-anual/es/2021/');
			expect(withBase(base, 'data/2021.json')).toBe('/informe-anual/data/2021.json');
			expect(withBase(base, '')).toBe('/informe-anual/');
			expect(withBase(base)).toBe('/informe-anual/');
		}
		expect(withBase('/', 'es/2021/')).toBe('/es/2021/');
		expect(withBase('/', 'favicon.svg')).toBe('/favicon.svg');
		expect(withBase('/', '')).toBe('/');
		expect(withBase('/', '*')).toBe('/*');
	});

	for (const [base, expected] of [
		['/', { page: '/es/2021/', file: '/data/2021.json', root: '/', full: 'https://report.metropolis.org/fr/2021/' }],
		[
			'/informe-anual/',
			{
				page: '/informe-anual/es/2021/',
				file: '/informe-anual/data/2021.json',
				root: '/informe-anual/',
				full: 'https://report.metropolis.org/informe-anual/fr/2021/',
			},
		],
	] as const)
		it(`joins Astro's BASE_URL ${base} in the site's code`, () => {
			vi.stubEnv('BASE_URL', base);
			expect(pathWithBase('es/2021/')).toBe(expected.page);
			expect(pathWithBase('data/2021.json')).toBe(expected.file);
			expect(pathWithBase()).toBe(expected.root);
			expect(absoluteUrl('fr/2021/', new URL('https://report.metropolis.org'))).toBe(expected.full);
			expect(reportPageUrls(2021, 'https://report.metropolis.org')('fr')).toBe(expected.full);
		});
});

describe('the route table', () => {
	it('gives every page and file of a report in a language, as paths of the site', () => {
		const paths = reportPaths(2021, 'es');
		expect(paths).toMatchObject({
			page: 'es/2021/',
			home: 'es/',
			share: 'es/2021/share.png',
			pdf: 'es/2021/metropolis-2021-es.pdf',
			json: 'data/2021.json',
			dataPackage: 'es/2021/datapackage.json',
		});
		expect(paths.csv()).toBe('es/2021/data.csv');
		expect(paths.csv('team')).toBe('es/2021/data-team.csv');
		expect(paths.packageCsv()).toBe('es/2021/datapackage/data.csv');
		expect(paths.packageCsv('team')).toBe('es/2021/datapackage/data-team.csv');
		expect(paths.chartImage('team', 'png')).toBe('es/2021/chart-team.png');
		expect(paths.chartImage('team', 'svg')).toBe('es/2021/chart-team.svg');
		expect(paths.chartDownload('team', 'csv')).toBe('metropolis-2021-es-team.csv');
		expect(paths.embed('team')).toBe('embed/es/2021/team/');
		expect(reportPaths(2030, 'fr').pdf).toBe('fr/2030/metropolis-2030-fr.pdf');
		expect(reportPaths(2030, 'en').embed('income')).toBe('embed/en/2030/income/');
	});

	it('gives the pages in a language and the files at the top of the site', () => {
		expect(localePath('en')).toBe('en/');
		expect(localePath('fr', '2021/')).toBe('fr/2021/');
		expect(sitePaths).toEqual({
			chooser: '',
			favicon: 'favicon.svg',
			embedScript: 'embed.js',
			sitemap: 'sitemap-index.xml',
			series: 'data/series.json',
		});
	});

	it('tells the year pages (what the sitemap lists) from every other address', () => {
		for (const yes of ['es/2021/', 'en/2021/', 'fr/2030/']) expect(isYearPage(yes), yes).toBe(true);
		for (const no of [
			'',
			'es/',
			'de/2021/',
			'es/21/',
			'es/2021',
			'es/2021/share.png',
			'es/2021/datapackage/',
			'embed/es/2021/',
			'embed/es/2021/team/',
			'data/2021.json',
		])
			expect(isYearPage(no), no).toBe(false);
	});

	it('lists in the sitemap the pages of their own: year pages, edition homes, history; not files, embeds or the chooser', () => {
		for (const yes of ['es/2021/', 'fr/2030/', 'es/', 'en/', 'fr/history/']) expect(isListedPage(yes), yes).toBe(true);
		for (const no of [
			'',
			'de/',
			'es/history',
			'es/2021/share.png',
			'es/series.csv',
			'embed/es/2021/team/',
			'data/series.json',
			'de/history/',
		])
			expect(isListedPage(no), no).toBe(false);
	});
});

describe('the languages', () => {
	it('are listed once, with what each needs', () => {
		expect(locales).toEqual(['es', 'en', 'fr']);
		expect(localeInfo).toEqual({
			es: { label: 'Español', ogLocale: 'es_ES', dir: 'ltr' },
			en: { label: 'English', ogLocale: 'en_GB', dir: 'ltr' },
			fr: { label: 'Français', ogLocale: 'fr_FR', dir: 'ltr' },
		});
	});

	it('are named in the words of staff messages and the editor', () => {
		expect(languageNames('es')).toEqual({ es: 'español', en: 'inglés', fr: 'francés' });
		expect(languageNames('en')).toEqual({ es: 'Spanish', en: 'English', fr: 'French' });
	});
});
