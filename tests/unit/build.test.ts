import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/content/messages';
import { headersFor, hosts, pageHeaderProblems, parseHeaders } from '../host-headers';
import { run } from './project-tools';
import { seriesCsvPath, sitePaths } from '../../src/routes/paths';

/**
 * Whole-site builds of the scenarios of tests/fixtures/ (see its README), each a folder of report
 * years written once as staff would write them, never made from content/ at test time:
 * - `new-years/`: 2021 and, with no code change, (a) 2022, a year of the same shape with a figure
 *   source, (b) 2023, a year of another shape (a new figure, the gender-parity section dropped, two new
 *   sections with new bar charts) and (c) 2024, a draft newer than every published year; built once,
 *   under a base path, with the PDFs and the check of every linked file (tests/build-fixture.mjs).
 * - `broken/`: (d) an unknown figure in a sentence and a <Stats> never closed, which stop the build
 *   with plain messages naming file and line.
 * Builds are slow (5–25 s each), so one build covers every valid case.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'tests/fixtures');
const work = mkdtempSync(join(tmpdir(), 'report-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const locales = ['es', 'en', 'fr'] as const;
type Locale = (typeof locales)[number];

/**
 * What the year of another shape (new-years/2023) shows, as its files say it: a new figure
 * `impact.countries` (52, a <Stat> and an achievement sentence), no gender-parity section, and two new
 * sections with bar charts: "Finanzas" (4 rows, before the alliances) and one of 7 regions (last).
 */
const newShape = {
	expenses: ['expenses.programmes', 'expenses.staff', 'expenses.events', 'expenses.operations'],
	regions: [
		'membersByRegion.africa',
		'membersByRegion.asia',
		'membersByRegion.europe',
		'membersByRegion.latinAmerica',
		'membersByRegion.northAmerica',
		'membersByRegion.middleEast',
		'membersByRegion.oceania',
	],
	/** The sections, in page order: their ids (the same in every language), then each language's nav names. */
	sections: ['team', 'funding', 'finanzas', 'alliances', 'meetings', 'impact', 'knowledge', 'voice', 'regiones'],
	words: {
		es: {
			countries: 'Países representados',
			sentenceShown: /Presencia en <strong><span class="fig">52<\/span> países<\/strong>/,
			finance: 'Finanzas',
			regionsTitle: 'Miembros por región',
			expenses: ['Programas', 'Personal', 'Eventos', 'Funcionamiento'],
			regions: ['África', 'Asia', 'Europa', 'América Latina', 'América del Norte', 'Oriente Medio', 'Oceanía'],
			nav: ['Equipo', 'Financiación', 'Finanzas', 'Alianzas', 'Reuniones', 'Impacto', 'Conocimiento', 'Agenda global', 'Regiones'],
		},
		en: {
			countries: 'Countries represented',
			sentenceShown: /Presence in <strong><span class="fig">52<\/span> countries<\/strong>/,
			finance: 'Finances',
			regionsTitle: 'Members by region',
			expenses: ['Programmes', 'Staff', 'Events', 'Operations'],
			regions: ['Africa', 'Asia', 'Europe', 'Latin America', 'North America', 'Middle East', 'Oceania'],
			nav: ['Team', 'Funding', 'Finances', 'Alliances', 'Meetings', 'Impact', 'Knowledge', 'Global agenda', 'Regions'],
		},
		fr: {
			countries: 'Pays représentés',
			sentenceShown: /Présence dans <strong><span class="fig">52<\/span> pays<\/strong>/,
			finance: 'Finances',
			regionsTitle: 'Membres par région',
			expenses: ['Programmes', 'Personnel', 'Événements', 'Fonctionnement'],
			regions: ['Afrique', 'Asie', 'Europe', 'Amérique latine', 'Amérique du Nord', 'Moyen-Orient', 'Océanie'],
			nav: ['Équipe', 'Financement', 'Finances', 'Alliances', 'Réunions', 'Impact', 'Connaissances', 'Agenda mondial', 'Régions'],
		},
	} satisfies Record<Locale, unknown>,
};

/** The HTML of the first `<tag … id="id">`, up to its first closing tag (enough for elements that do not nest in themselves). */
function element(html: string, tag: string, id: string) {
	const start = html.search(new RegExp(`<${tag}\\b[^>]*\\sid="${id}"`));
	if (start < 0) return undefined;
	const end = html.indexOf(`</${tag}>`, start);
	return html.slice(start, end + tag.length + 3);
}

const decode = (s: string) =>
	s
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

describe('new report years, from content only (one build, under a base path)', () => {
	const out = join(work, 'new-years');
	const base = '/informe-anual/';
	let build: ReturnType<typeof run>;
	beforeAll(() => {
		// As `npm run build`: the site, the PDFs its pages link, the check that every linked file was written.
		build = run(['node', 'tests/build-fixture.mjs', 'new-years', out], { BASE_PATH: base, SITE_URL: 'https://www.metropolis.org' });
	}, 600_000);
	const file = (path: string) => readFileSync(join(out, path), 'utf8');
	const exists = (path: string) => existsSync(join(out, path));

	it('builds, with the PDFs, every linked file written', () => {
		const output = build.stderr + build.stdout;
		expect(build.status, output).toBe(0);
		for (const l of locales) expect(output).toContain(`wrote ${out}/${l}/2023/metropolis-2023-${l}.pdf`);
		expect(output).toContain(`${out}: every link of its`);
	});

	describe('(a) a year of the same shape', () => {
		it('gets its pages in every language', () => {
			for (const l of locales) {
				expect(exists(`${l}/2022/index.html`), `${l}/2022/`).toBe(true);
				expect(exists(`${l}/2021/index.html`), `${l}/2021/`).toBe(true);
				expect(exists(`${l}/2022/metropolis-2022-${l}.pdf`), `${l} PDF`).toBe(true);
			}
			expect(file('en/2022/index.html')).toContain('<title>Metropolis Annual Report 2022</title>');
			expect(file('es/2022/index.html')).toContain('<title>Informe anual 2022 de Metropolis</title>');
			expect(file('es/2022/index.html')).toContain('Fuente: Fixture register of members');
		});

		it('compares with the year before the figures its compare: names, under their stat, in each language', () => {
			// 2022 against 2021: staff.professionals 17 → 17 (difference), alliances.byType.knowledge 8 → 10, strategic
			// declared not comparable, networks new, impact.newMembers 3 → 5 (+66,7 %, shown whole above 10 %).
			// 2021 against 2020: staff.professionals 15 → 17; impact.participants «more than» both years and
			// impact.newMembers a percent in 2020: not compared; knowledge.specialists, new, is cited in a sentence only.
			const said = (l: Locale, year: number) =>
				[...file(`${l}/${year}/index.html`).matchAll(/<span class="stat-compare"[^>]*>([^<]*)<\/span>/g)].map((m) =>
					m[1]!.replace(/\u00a0|\u202f/g, ' '),
				);
			expect(said('es', 2022)).toEqual([
				'como en 2021',
				'un 25 % más que en 2021',
				'no se puede comparar con 2021: la cifra se cuenta de otra manera',
				'no figuraba en el informe 2021',
				'un 67 % más que en 2021',
			]);
			expect(said('en', 2022)).toEqual([
				'as in 2021',
				'up 25% on 2021',
				'not comparable with 2021: the figure is counted another way',
				'not in the 2021 report',
				'up 67% on 2021',
			]);
			expect(said('fr', 2022)).toEqual([
				'comme en 2021',
				'en hausse de 25 % par rapport à 2021',
				'non comparable à 2021 : le chiffre est compté autrement',
				'absent du rapport 2021',
				'en hausse de 67 % par rapport à 2021',
			]);
			expect(said('es', 2021)).toEqual(['un 13 % más que en 2020']);
			expect(said('en', 2021)).toEqual(['up 13% on 2020']);
			expect(said('fr', 2021)).toEqual(['en hausse de 13 % par rapport à 2020']);
			// The first year has no year before.
			for (const l of locales) expect(said(l, 2020)).toEqual([]);
		});

		it('says a comparison inside a sentence where the text places one (<Change>), in each language', () => {
			const sentence = (l: Locale, year: number) =>
				[...file(`${l}/${year}/index.html`).matchAll(/<li>((?:(?!<\/li>).)*<span class="change">(?:(?!<\/li>).)*)<\/li>/g)].map((m) =>
					m[1]!
						.replace(/<span class="sr-only">[^<]*<\/span>/g, '')
						.replace(/<[^>]+>/g, '')
						.replace(/\u00a0|\u202f/g, ' '),
				);
			// knowledge.usePractices 423 → 470 (+11 %); knowledge.specialists, new in 2021.
			expect(sentence('es', 2022)).toEqual([
				'470 prácticas urbanas (un 11 % más que en 2021) en la plataforma USE con 540 autoridades municipales registradas',
			]);
			expect(sentence('en', 2022)[0]).toMatch(/^470 urban practices \(up 11% on 2021\) on the/);
			expect(sentence('fr', 2022)[0]).toMatch(/^470 pratiques urbaines \(en hausse de 11 % par rapport à 2021\) sur/);
			expect(sentence('es', 2021)).toEqual(['+169 especialistas con los que hemos colaborado (no figuraba en el informe 2020)']);
			expect(sentence('en', 2021)).toEqual(['169+ specialists we collaborated with (not in the 2020 report)']);
			expect(sentence('fr', 2021)).toEqual(['+169 spécialistes avec qui nous avons collaboré (absent du rapport 2020)']);
		});

		it('has a year switcher: every published edition, newest first, the one shown marked, each keeping the section', () => {
			for (const l of locales) {
				// Named by its visible label.
				const nav =
					/<nav class="year-switcher"[^>]*aria-labelledby="year-switcher-label"[^>]*>\s*<p class="year-switcher-label" id="year-switcher-label"[^>]*>([^<]+)<\/p>(.*?)<\/nav>/s.exec(
						file(`${l}/2022/index.html`),
					);
				expect(nav?.[1]).toBe({ es: 'Ediciones del informe', en: 'Report editions', fr: 'Éditions du rapport' }[l]);
				const links = [...nav![2]!.matchAll(/<a href="([^"]+)"([^>]*)>\s*(\d{4})\s*<\/a>/g)].map((m) => [
					m[1],
					m[3],
					/aria-current="page"/.test(m[2]!),
					/data-keep-section/.test(m[2]!),
				]);
				expect(links).toEqual([
					[`${base}${l}/2023/`, '2023', false, true],
					[`${base}${l}/2022/`, '2022', true, true],
					[`${base}${l}/2021/`, '2021', false, true],
					[`${base}${l}/2020/`, '2020', false, true],
				]);
			}
			// The draft (2024) is not an edition of the built site.
			expect(file('es/2021/index.html')).not.toContain('/2024/');
		});

		it('says how to cite each chart and the year’s data, in each language, with their addresses', () => {
			const cites = (l: Locale) =>
				// The text up to its hidden date, without the <wbr> that let an address break after its separators.
				[...file(`${l}/2022/index.html`).matchAll(/<span class="citation-text"[^>]*>(.*?)<span data-accessed/g)].map((m) =>
					m[1]!
						.replace(/<wbr[^>]*>/g, '')
						.replace(/&#x3C;|&lt;/g, '<')
						.replace(/\u00a0/g, ' '),
				);
			const site = 'https://www.metropolis.org';
			expect(cites('es')).toContain(
				`Metropolis, Informe anual 2022, «Fuentes de financiación, en porcentajes aproximados», ${site}${base}es/2022/#funding-chart`,
			);
			expect(cites('en').at(-1)).toBe(
				`Metropolis, Annual report 2022, open data (CSV, JSON, Data Package), ${site}${base}en/2022/#downloads`,
			);
			expect(cites('fr').at(-1)).toBe(
				`Metropolis, Rapport annuel 2022, données ouvertes (CSV, JSON, Data Package), ${site}${base}fr/2022/#downloads`,
			);
			// One per chart, and one for the data.
			for (const l of locales)
				expect(cites(l)).toHaveLength((file(`${l}/2022/index.html`).match(/<figure class="chart/g) ?? []).length + 1);
		});

		it('embeds a chart pinned to its edition or following the latest (2023), and offers both codes', () => {
			for (const l of locales) {
				for (const chart of ['team', 'funding', 'alliances', 'expenses', 'regions'])
					expect(file(`embed/${l}/latest/${chart}/index.html`), `${l} ${chart}`).toContain(
						`<link rel="canonical" href="https://www.metropolis.org${base}${l}/2023/#${chart}-chart">`,
					);
				// 2021's page: its own edition's code, and the latest's (2023 has the chart too).
				const codes = [
					...file(`${l}/2021/index.html`).matchAll(/<textarea class="embed-code" id="team-chart-embed[^"]*"[^>]*>([^<]*)/g),
				].map((m) => /src="([^"]+)"/.exec(m[1]!.replace(/&#34;|&quot;/g, '"'))?.[1]);
				expect(codes).toEqual([
					`https://www.metropolis.org${base}embed/${l}/2021/team/`,
					`https://www.metropolis.org${base}embed/${l}/latest/team/`,
				]);
			}
			expect(exists('embed/es/latest/index.html')).toBe(false);
		});

		it('has a page of every figure’s history per language, linked from each report: values by year, section, none of one year only', () => {
			const cells = (l: Locale, id: string) => {
				const row = new RegExp(`<tr id="${id.replace('.', '\\.')}"[^>]*>(.*?)</tr>`, 's').exec(file(`${l}/history/index.html`))?.[1];
				return (
					row &&
					[...row.matchAll(/<(?:th|td)[^>]*>(.*?)<\/(?:th|td)>/gs)].map((m) =>
						m[1]!
							.replace(/<[^>]+>/g, ' ')
							.replace(/\s+/g, ' ')
							.trim(),
					)
				);
			};
			// In 2020 impact.newMembers was a percent: another figure, left out of its history.
			expect(cells('es', 'impact.newMembers')).toEqual(['Miembros nuevos Nuestro impacto', '—', '3', '5', '3', '']);
			expect(cells('en', 'impact.newMembers')).toEqual(['New members Our impact', '—', '3', '5', '3', '']);
			expect(cells('fr', 'staff.professionals')?.slice(1, 5)).toEqual(['15', '17', '17', '17']);
			// A figure of 2023 alone has no history.
			expect(cells('fr', 'impact.countries')).toBeUndefined();
			for (const l of locales) {
				expect(file(`${l}/history/index.html`)).toMatch(
					new RegExp([2020, 2021, 2022, 2023].map((y) => `<th scope="col"[^>]*><a href="${base}${l}/${y}/"[^>]*>${y}</a></th>`).join('')),
				);
				for (const year of [2020, 2021, 2022, 2023]) expect(file(`${l}/${year}/index.html`)).toContain(`href="${base}${l}/history/"`);
			}
		});

		it('is linked in every language by the language switcher', () => {
			const es = file('es/2022/index.html');
			for (const l of locales) expect(es).toContain(`href="${base}${l}/2022/" hreflang="${l}"`);
		});
	});

	it('makes each language home an edition home: the opening of the newest edition, then every published edition, newest first, with its headline figures', () => {
		const read = { es: 'Leer el informe 2023', en: 'Read the 2023 report', fr: 'Lire le rapport 2023' };
		const titles = { es: 'Cifras destacadas', en: 'Key figures', fr: 'Chiffres clés' };
		for (const l of locales) {
			const home = file(`${l}/index.html`);
			// A page of its own, indexed at its own address (no longer a copy of the newest report).
			expect(home).toContain(`<link rel="canonical" href="https://www.metropolis.org${base}${l}/">`);
			expect(home).not.toContain('data-section');
			const opening = home.slice(home.indexOf('class="edition"'), home.indexOf('class="wrap editions"'));
			expect(opening).toMatch(new RegExp(`href="${base}${l}/2023/"[^>]*>${read[l]}</a>`));
			// 2023's headline figures, in the order of its `headline:`, under the interface's title (the fixture gives none).
			expect([...opening.matchAll(/data-figure="([^"]+)"/g)].map((m) => m[1])).toEqual(['voice.drawings', 'knowledge.publications']);
			expect(opening).toContain(titles[l]);
			const all = home.slice(home.indexOf('class="wrap editions"'));
			const links = [...all.matchAll(/<h3 class="editions-year"[^>]*><a href="([^"]+)"/g)].map((m) => m[1]);
			expect(links, l).toEqual([`${base}${l}/2023/`, `${base}${l}/2022/`, `${base}${l}/2021/`, `${base}${l}/2020/`]);
			// Each edition with its own headline figures; 2021 declares none, and shows its title alone.
			const items = all.split('<li class="editions-item').slice(1);
			const figuresOf = (year: number) =>
				[...items.find((i) => i.includes(`${base}${l}/${year}/"`))!.matchAll(/data-figure="([^"]+)"/g)].map((m) => m[1]);
			expect(figuresOf(2023)).toEqual(['voice.drawings', 'knowledge.publications']);
			expect(figuresOf(2022)).toEqual(['knowledge.publications']);
			expect(figuresOf(2021)).toEqual([]);
			expect(figuresOf(2020)).toEqual([]);
		}
	});

	it('opens each year page with its headline figures, not repeated as a big figure below', () => {
		const html = file('es/2023/index.html');
		const hero = html.slice(html.indexOf('class="hero'), html.indexOf('class="wrap report"'));
		expect([...hero.matchAll(/data-figure="([^"]+)"/g)].map((m) => m[1])).toEqual(['voice.drawings', 'knowledge.publications']);
		expect(hero).toMatch(/<span aria-hidden="true">\+1,2\smil<\/span><span class="sr-only">más de 1200<\/span>/);
		const body = html.slice(html.indexOf('class="wrap report"'));
		expect(body).not.toContain('data-figure="voice.drawings"');
		// A year without `headline:` opens as before, with no empty block.
		expect(file('es/2021/index.html')).not.toContain('class="headline"');
	});

	describe('(b) a year of another shape', () => {
		const { words, expenses, regions, sections: ids } = newShape;
		for (const l of locales)
			it(`shows it in ${l}: the new figure, the new charts, no parity section, the navigation in section order`, () => {
				const html = file(`${l}/2023/index.html`);
				const w = words[l];
				// The new figure, as a stat with its label and in the achievement sentence.
				expect(html).toMatch(new RegExp(`>52<[^]{0,120}<span class="stat-label"[^>]*>${w.countries}</span>`));
				expect(html).toMatch(w.sentenceShown);
				// The new charts, each a figure with its data table: 4 and 7 rows, in order.
				for (const [chart, labels] of [
					['expenses', w.expenses],
					['regions', w.regions],
				] as const) {
					const figure = element(html, 'figure', `${chart}-chart`);
					expect(figure, `#${chart}-chart`).toBeDefined();
					const body = figure!.slice(figure!.indexOf('<tbody'), figure!.indexOf('</tbody>'));
					expect([...body.matchAll(/<th scope="row"[^>]*>([^<]*)<\/th>/g)].map((m) => decode(m[1]!))).toEqual(labels);
					expect(figure).toContain(`href="${base}${l}/2023/data-${chart}.csv"`);
				}
				// The parity section is gone, with its charts.
				expect(html).not.toMatch(/id="parity/);
				// The navigation: one link per section, in the order of the sections on the page and in the MDX.
				const written = ids.map((id, i) => ({ id, nav: w.nav[i] }));
				const nav = html.slice(html.indexOf('<nav class="section-nav"'), html.indexOf('</nav>', html.indexOf('<nav class="section-nav"')));
				const links = [...nav.matchAll(/<a href="#([^"]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => ({ id: m[1], nav: decode(m[2]!) }));
				expect(links).toEqual(written);
				const sections = [...html.matchAll(/<section id="([^"]+)" class="report-section"/g)].map((m) => m[1]);
				expect(sections).toEqual(ids);
				expect(sections.indexOf('finanzas')).toBe(sections.indexOf('alliances') - 1);
				expect(sections.at(-1)).toBe('regiones');
			});

		it('opens a section with the lede staff wrote (<Lede>), under its title, in each language', () => {
			const ledes = {
				es: 'En qué se gastó cada euro del año, por destino.',
				en: 'What each euro of the year was spent on, by purpose.',
				fr: 'À quoi chaque euro de l’année a servi, par poste.',
			};
			for (const l of locales) {
				const html = file(`${l}/2023/index.html`);
				const section = html.slice(
					html.indexOf('<section id="finanzas"'),
					html.indexOf('</section>', html.indexOf('<section id="finanzas"')),
				);
				expect(section.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain(ledes[l]);
				// Under the title, before the chart.
				expect(section.indexOf('class="section-lede"')).toBeGreaterThan(section.indexOf('</h2>'));
				expect(section.indexOf('class="section-lede"')).toBeLessThan(section.indexOf('<figure'));
			}
		});

		it('sets a chart’s subtitle under its caption, the year in it, in its description, its image and its embed, in each language', () => {
			const subtitles = {
				es: 'Euros gastados en el año 2023, por destino',
				en: 'Euros spent in 2023, by purpose',
				fr: 'Euros dépensés en 2023, par poste',
			};
			for (const l of locales) {
				const figure = element(file(`${l}/2023/index.html`), 'figure', 'expenses-chart')!;
				const subtitle = `<p class="chart-subtitle" id="expenses-chart-subtitle"`;
				// Under the caption, before the picture; the chart is named by its caption alone, described by the subtitle, then its values.
				expect(figure.indexOf(subtitle)).toBeGreaterThan(figure.indexOf('id="expenses-chart-title"'));
				expect(figure.indexOf(subtitle)).toBeLessThan(figure.indexOf('class="chart-body'));
				expect(
					decode(
						figure
							.slice(figure.indexOf(subtitle))
							.match(/>([^<]*)</)![1]!
							.trim(),
					),
				).toBe(subtitles[l]);
				expect(figure).toMatch(/^<figure[^>]*aria-labelledby="expenses-chart-title"/);
				expect(figure).toMatch(/^<figure[^>]*aria-describedby="expenses-chart-subtitle expenses-chart-description"/);
				// Taken away, it goes with the chart: the image draws it (and describes the chart with it), the embed shows it.
				const svg = file(`${l}/2023/chart-expenses.svg`);
				expect(
					decode(
						svg
							.replace(/<desc[^]*?<\/desc>/, '')
							.replace(/<[^>]+>/g, ' ')
							.replace(/\s+/g, ' '),
					),
				).toContain(subtitles[l].split(' ').slice(0, 3).join(' '));
				expect(decode(svg.match(/<desc id="d">([^<]*)/)![1]!)).toMatch(new RegExp(`^[^.]+\\. ${subtitles[l]}\\. `));
				expect(decode(file(`embed/${l}/2023/expenses/index.html`))).toContain(subtitles[l]);
			}
			// A chart without one has none, and is described by its values alone.
			expect(element(file('es/2023/index.html'), 'figure', 'regions-chart')).toMatch(
				/^<figure[^>]*aria-describedby="regions-chart-description"/,
			);
		});

		it('has the CSV of each new chart in every language, with its rows', () => {
			for (const l of locales) {
				const w = words[l];
				for (const [chart, ids, labels] of [
					['expenses', expenses, w.expenses],
					['regions', regions, w.regions],
				] as const) {
					const [header, ...rows] = file(`${l}/2023/data-${chart}.csv`)
						.replace(/^\uFEFF/, '')
						.trimEnd()
						.split('\r\n')
						.map((r) => r.split(','));
					const col = (name: string) => rows.map((r) => r[header!.indexOf(name)]);
					expect(col('id'), `${l} ${chart}`).toEqual(ids);
					expect(col('section')).toEqual(ids.map(() => (chart === 'expenses' ? 'finanzas' : 'regiones')));
					expect(col('section_title')).toEqual(ids.map(() => (chart === 'expenses' ? w.finance : w.regionsTitle)));
					expect(col('label')).toEqual(labels);
					expect(col('year')).toEqual(ids.map(() => '2023'));
				}
				expect(exists(`${l}/2023/data-parity1.csv`)).toBe(false);
				expect(file(`${l}/2023/data.csv`)).toContain(`2023,impact.countries,`);
				expect(JSON.parse(file(`${l}/2023/datapackage.json`)).resources.map((r: { path: string }) => r.path)).toContain(
					'datapackage/data-expenses.csv',
				);
				expect(exists(`${l}/2023/datapackage/data-expenses.csv`)).toBe(true);
			}
			const [header, first] = file('es/2023/data-expenses.csv')
				.replace(/^\uFEFF/, '')
				.split('\r\n')
				.map((r) => r.split(','));
			expect(['value', 'kind', 'currency'].map((k) => first![header!.indexOf(k)])).toEqual(['1250000', 'amount', 'EUR']);
		});

		it('has the new figures in its open data, and no gender parity', () => {
			const data = JSON.parse(file('data/2023.json')) as { year: number; figures: { id: string; value: number; section: string }[] };
			expect(data.year).toBe(2023);
			expect(data.figures.find((f) => f.id === 'impact.countries')).toMatchObject({ value: 52, section: 'impact' });
			expect(data.figures.filter((f) => f.id.startsWith('membersByRegion.')).map((f) => f.section)).toEqual(
				newShape.regions.map(() => 'regiones'),
			);
			expect(data.figures.filter((f) => f.id.startsWith('genderParity'))).toEqual([]);
		});
	});

	it('writes each figure’s history across the published years (no draft): /data/series.json and a CSV per language', () => {
		const series = JSON.parse(file(sitePaths.series)) as {
			years: number[];
			series: { id: string; values: { year: number; value: number }[] }[];
		};
		expect(series.years).toEqual([2020, 2021, 2022, 2023]);
		expect(series.series.find((s) => s.id === 'impact.newMembers')!.values.map((v) => v.value)).toEqual([3, 5, 3]);
		for (const l of locales) expect(file(seriesCsvPath(l))).toMatch(/\r\n2022,impact\.newMembers,impact,[^\r]*,5,count,exact,/);
	});

	it('(c) leaves a draft year out of the site: no pages, data, sitemap entry or link', () => {
		for (const l of locales) {
			expect(exists(`${l}/2024`), `${l}/2024/`).toBe(false);
			expect(file(`${l}/index.html`)).not.toContain('2024/');
		}
		expect(exists('data/2024.json')).toBe(false);
		const sitemap = file('sitemap-0.xml');
		expect(sitemap).toContain(`https://www.metropolis.org${base}es/2023/`);
		expect(sitemap).not.toContain('/2024/');
	});

	describe('under a base path (BASE_PATH=/informe-anual/)', () => {
		/** Every HTML file of the build, by the URL path it is served at. */
		const pages = new Map<string, string>();
		const walk = (dir: string) => {
			for (const name of readdirSync(dir, { withFileTypes: true })) {
				const path = join(dir, name.name);
				if (name.isDirectory()) walk(path);
				else if (name.name.endsWith('.html'))
					pages.set(base + path.slice(out.length + 1).replace(/index\.html$/, ''), readFileSync(path, 'utf8'));
			}
		};

		/** The file a URL path is served from, or undefined. */
		const served = (path: string) => {
			if (!path.startsWith(base)) return undefined;
			const file = join(out, decodeURIComponent(path.slice(base.length)));
			return [file, join(file, 'index.html')].find((f) => existsSync(f) && statSync(f).isFile());
		};

		it('has no broken internal link, asset or anchor on any page', () => {
			walk(out);
			expect(pages.size).toBeGreaterThanOrEqual(3 * 3 + 4);
			const broken: string[] = [];
			let checked = 0;
			for (const [pagePath, html] of pages) {
				for (const [, attr, raw] of html.matchAll(/\s(href|src|content)="([^"]*)"/g)) {
					const value = raw!.replace(/&amp;/g, '&');
					if (attr === 'content' && !value.startsWith('https://www.metropolis.org/informe-anual/')) continue;
					if (/^(mailto:|data:)/.test(value) || (attr !== 'content' && /^https?:/.test(value))) continue;
					const url = new URL(value, `https://www.metropolis.org${pagePath}`);
					if (url.origin !== 'https://www.metropolis.org') continue;
					checked++;
					const file = served(url.pathname);
					if (!file) {
						broken.push(`${pagePath}: ${value} (no such file)`);
						continue;
					}
					if (url.hash && file.endsWith('.html')) {
						const id = decodeURIComponent(url.hash.slice(1));
						if (!readFileSync(file, 'utf8').includes(`id="${id}"`)) broken.push(`${pagePath}: ${value} (no #${id} there)`);
					}
				}
			}
			expect(broken).toEqual([]);
			expect(checked).toBeGreaterThan(300);
		});

		it('sends its security headers under the base path, on Netlify and on Cloudflare Pages', () => {
			const rules = parseHeaders(file('_headers'));
			for (const r of rules) expect(r.path.startsWith(base), r.path).toBe(true);
			walk(out);
			for (const host of hosts)
				for (const path of pages.keys())
					expect(
						pageHeaderProblems(headersFor(rules, path, host), path.startsWith(`${base}embed/`) ? 'any' : 'none'),
						`${host} ${path}`,
					).toEqual([]);
			// No rule outside the base path: an address at the root gets nothing from this file.
			expect(headersFor(rules, '/es/2021/', 'netlify')).toEqual({});
		});

		it('links every language and asset under the base path', () => {
			const es = file('es/2021/index.html');
			expect(es).toContain('href="/informe-anual/en/2021/" hreflang="en"');
			expect(es).toContain('<link rel="canonical" href="https://www.metropolis.org/informe-anual/es/2021/">');
			expect(es).toMatch(/src="\/informe-anual\/_astro\/[^"]+\.js"/);
			expect(file('robots.txt')).toContain('Sitemap: https://www.metropolis.org/informe-anual/sitemap-index.xml');
		});
	});
});

describe('(d) broken content', () => {
	// broken/2022/: an unknown figure in a sentence (es.mdx, line 217), and a <Stats> never closed
	// (en.mdx: the </Section> of line 171 comes while it is open).
	const reports = join(fixtures, 'broken/content/reports');
	const expected = [
		`content/reports/2022/en.mdx:171:1 › (archivo): se cierra </Section> pero la última etiqueta abierta es <Stats>: cierra primero </Stats>`,
		`content/reports/2022/es.mdx:217:18 › <Fig id="voice.campaign">: «voice.campaign» no es una cifra de figures.yaml: ¿querías decir «voice.campaigns»?`,
	];
	/** The problem lines of an output (`<path> › what: message`), each from `content/reports/`. */
	const problems = (output: string) =>
		output
			.split('\n')
			.filter((l) => l.includes(' › ') && !/\b(aviso|warning): /.test(l))
			.map((l) => l.replace(/^.*?(content\/reports\/)/, '$1'));

	let build: ReturnType<typeof run>;
	beforeAll(() => {
		build = run(['astro', 'build', '--outDir', join(work, 'broken')], { REPORTS_DIR: reports });
	}, 300_000);

	it('fails the build with every problem, naming file and line, without a stack trace', () => {
		const output = build.stdout + build.stderr;
		expect(build.status, output).not.toBe(0);
		expect(output).toContain('El contenido del informe tiene 2 problemas:');
		expect(problems(output)).toEqual(expected);
		// Each problem line names the file as a path that ends in content/reports/2022/…
		for (const line of output.split('\n').filter((l) => l.includes(' › ')))
			expect(line).toMatch(/^\S*content\/reports\/2022\/(es|en)\.mdx:\d+:\d+ › /);
		expect(output).not.toMatch(/^\s+at /m);
		expect(output).not.toMatch(/src\/content\/\w+\.ts/);
		expect(existsSync(join(work, 'broken/es/2022/index.html'))).toBe(false);
	});

	it('fails `npm run check` with the same lines, without building', () => {
		const check = run(['tsx', 'scripts/check-content.ts'], { REPORTS_DIR: reports });
		expect(check.status, check.stderr + check.stdout).toBe(1);
		expect(check.stderr).toContain('El contenido del informe tiene 2 problemas:');
		expect(problems(check.stderr)).toEqual(expected);
		expect(problems(check.stderr)).toEqual(problems(build.stdout + build.stderr));
		expect(check.stderr).not.toMatch(/^\s+at /m);
		// It ends by saying what to do, as the build's list does.
		expect(check.stderr.trim().split('\n').at(-1)).toBe(messagesFor('es').terminalFix);
		expect(build.stdout + build.stderr).toContain(messagesFor('es').terminalFix);
	});

	it('says the same in English with CONTENT_LANG=en', () => {
		const check = run(['tsx', 'scripts/check-content.ts'], { REPORTS_DIR: reports, CONTENT_LANG: 'en' });
		expect(check.status).toBe(1);
		expect(check.stderr).toContain('The report content has 2 problems:');
		expect(problems(check.stderr)).toEqual([
			`content/reports/2022/en.mdx:171:1 › (file): </Section> closes a tag, but the last open tag is <Stats>: close </Stats> first`,
			`content/reports/2022/es.mdx:217:18 › <Fig id="voice.campaign">: "voice.campaign" is not a figure of figures.yaml: did you mean "voice.campaigns"?`,
		]);
	});
});
