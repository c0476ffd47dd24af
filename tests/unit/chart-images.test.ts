import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchOptions } from '../../scripts/browser.mjs';
import { buildChart } from '../../src/charts/spec';
import { formatFigure } from '../../src/format/figures';
import type { ChartType, Report, ReportFigure, Segment } from '../../src/content/model';
import { readReports } from '../../src/content/read';
import { locales, type Locale } from '../../src/i18n/config';
import { createTranslator } from '../../src/i18n/translate';
import { chartImageOf } from '../../src/share/chart-files';
import { svgPixels } from '../../src/share/png';
import { textWidth } from '../../src/share/text-metrics';
import { displayFamily, textFamily } from '../../src/share/typefaces';
import { chartCases, datasets, phrase, pickWith, seeded, type Dataset, type Random } from '../chart-cases';
import { drawnTexts, layoutProblems, measureSvg, preparePage, roundingAllowance, type Box, type Layout } from '../chart-layout';
import { root } from './fixture-year';

/**
 * A property test of the chart images (issue 23): generated datasets (tests/chart-cases.ts, seed 2021;
 * `CHART_CASES` per type, 12 by default) as bar charts, donuts and 100 % bars, each made a chart of the
 * stress year (tests/fixtures/stress/) and drawn as the build draws it (buildChart, chartImageOf, svgToPng's
 * resvg), then measured: the SVG in Chromium with the PNG's fonts, each line's box; the PNG as resvg draws
 * each text. Neither may put a text outside the padding, on another text or on a mark
 * (tests/chart-layout.ts), or leave out a name, a value or the caption. On top of the datasets' words and
 * values: counts, percents and euros, short forms (`compact`), "≈" and "+", names in capitals or with
 * long words, captions of up to 200 characters with a figure in them, subtitles of up to 160.
 */
const stress = readReports(join(root, 'tests/fixtures/stress')).reports.find((r) => r.year === 2030)!;
const site = readReports(join(root, 'tests/fixtures/site')).reports;
/** 2022 of the new-years scenario: its alliances chart is a chart across years (two bars per category, missing values in words). */
const acrossYears = readReports(join(root, 'tests/fixtures/new-years')).reports.find((r) => r.year === 2022)!;
const address = new URL('https://www.metropolis.org');
const types: ChartType[] = ['bar', 'donut', 'stacked'];
const longWords = {
	es: ['internacionalización', 'interinstitucionalidad'],
	en: ['internationalization', 'intergovernmental'],
	fr: ['internationalisation', 'interprofessionnelles'],
} as const satisfies Record<Locale, readonly string[]>;

/** A dataset as figures and labels, with what its words and values alone do not vary. */
function figuresOf(data: Dataset, random: Random) {
	const pick = pickWith(random);
	const kind = data.money ? 'amount' : pick(['count', 'percent'] as const);
	const compact = kind !== 'percent' && random() < 0.25;
	return data.labels.map((label, i) => {
		const value = kind === 'percent' ? Math.round(random() * 1000) / 10 : data.values[i]!;
		const qualifier = pick(['exact', 'exact', 'exact', 'approximately', 'moreThan'] as const);
		const figure: ReportFigure = {
			value,
			kind,
			qualifier,
			...(kind === 'amount' ? { currency: 'EUR' } : {}),
			...(compact ? { compact } : {}),
		};
		const long = random() < 0.15 ? `${pick(longWords[data.locale])} ` : '';
		const written = `${long}${label}`.slice(0, 120);
		const cased = pick(['as is', 'as is', 'capitals', 'title'] as const);
		const text =
			cased === 'capitals'
				? written.toUpperCase()
				: cased === 'title'
					? written.replace(/(^|\s)(\p{L})/gu, (_, s, c) => s + c.toUpperCase())
					: written;
		return { figure, label: text };
	});
}

/** The stress year with one more chart, `generated`, of the dataset's figures, captioned in every language. */
function withChart(report: Report, type: ChartType, data: Dataset, random: Random): Report {
	const rows = figuresOf(data, random);
	const ids = rows.map((_, i) => `generated.row${i + 1}`);
	const caption: Segment[] = [{ text: phrase(random, data.locale, 200) }];
	if (random() < 0.3) caption.push({ text: ': ' }, { fig: pickWith(random)(ids) });
	// Half of them with a statistical subtitle, up to its limit, the year in some.
	const subtitle = random() < 0.5 ? `${phrase(random, data.locale, 150)}${random() < 0.5 ? ', {{year}}' : ''}` : undefined;
	const labels = Object.fromEntries(ids.map((id, i) => [id, { text: rows[i]!.label, gender: 'm' as const }]));
	return {
		...report,
		figures: { ...report.figures, ...Object.fromEntries(ids.map((id, i) => [id, rows[i]!.figure])) },
		charts: [...report.charts, { id: 'generated', type, figures: ids }],
		pages: Object.fromEntries(
			locales.map((l) => {
				const page = report.pages[l];
				return [
					l,
					{ ...page, labels: { ...page.labels, ...labels }, charts: [...page.charts, { id: 'generated', caption, subtitle, line: 1 }] },
				];
			}),
		) as Report['pages'],
	};
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
	browser = await chromium.launch(launchOptions);
	page = await browser.newPage();
	await preparePage(page);
});
afterAll(() => browser?.close());

/** The image's texts as resvg draws them: each text element alone, the box of its pixels. */
async function drawnByResvg(svg: string, layout: Layout): Promise<Layout> {
	const open = svg.slice(0, svg.indexOf('>') + 1);
	const texts: Layout['texts'] = [];
	for (const element of svg.match(/<text\b[\s\S]*?<\/text>/g) ?? []) {
		const { width, pixels } = await svgPixels(`${open}${element}</svg>`);
		let box: Box | undefined;
		for (let i = 3; i < pixels.length; i += 4) {
			if (pixels[i]! < 16) continue;
			const x = ((i - 3) / 4) % width;
			const y = Math.floor((i - 3) / 4 / width);
			const [x0, y0, x1, y1] = box
				? [Math.min(box.x, x), Math.min(box.y, y), Math.max(box.x + box.width, x + 1), Math.max(box.y + box.height, y + 1)]
				: [x, y, x + 1, y + 1];
			box = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
		}
		const text = element.replace(/<[^>]+>/g, '');
		texts.push({ fill: /fill="([^"]+)"/.exec(element)?.[1] ?? '', lines: box ? [{ text, box }] : [] });
	}
	return { ...layout, texts };
}

/** Every problem of one chart image, in Chromium and in resvg, and any name, value or caption not drawn whole. */
async function imageProblems(report: Report, chart: string, locale: Locale): Promise<string[]> {
	const t = createTranslator(locale);
	const spec = buildChart(report, locale, t, chart);
	const { svg } = chartImageOf(report, chart, locale, t, address);
	const layout = await measureSvg(page, svg);
	const drawn = drawnTexts(layout);
	const whole = (s: string) => drawn.includes(s.replace(/\s/g, ''));
	// A chart across years draws its categories (this year's and last year's) with each value and its year.
	const shown = spec.across
		? spec.across.rows.flatMap((r) => [r.label, ...r.values.map((v) => (typeof v === 'string' ? v : v.inYear))])
		: spec.rows.flatMap((r) => [r.label, r.text]);
	const missing = [spec.caption, ...(spec.subtitle ? [spec.subtitle] : []), ...shown]
		.filter((s) => !whole(s))
		.map((s) => `"${s}" is not drawn whole`);
	const resvg = layoutProblems(await drawnByResvg(svg, layout)).map((p) => `PNG: ${p}`);
	return [...layoutProblems(layout).map((p) => `SVG: ${p}`), ...resvg, ...missing];
}

describe("text measured in the images' fonts (src/share/text-metrics.ts)", () => {
	it('is never narrower than Chromium lays it out, and at most 5 % and 0.2 em wider: names, values, captions in each face', async () => {
		const random = seeded(0x5eed);
		const strings = datasets(2021, 30).flatMap((d) => [
			phrase(random, d.locale, 200),
			...figuresOf(d, random).flatMap((r) => [r.label, formatFigure(r.figure, d.locale, createTranslator(d.locale)).text]),
		]);
		const faces = [
			{ face: 'text', weight: 'normal', family: textFamily },
			{ face: 'bold', weight: 'bold', family: textFamily },
			{ face: 'display', weight: 'bold', family: displayFamily },
		] as const;
		const problems: string[] = [];
		for (const f of faces) {
			const widths = await page.evaluate(
				({ strings, f }) => {
					document.body.innerHTML = '<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="100"></svg>';
					const svg = document.querySelector('svg')!;
					return strings.map((s) => {
						const t = document.createElementNS('http://www.w3.org/2000/svg', 'text');
						Object.entries({ x: '0', y: '50', 'font-size': '20', 'font-weight': f.weight, 'font-family': f.family }).forEach(([k, v]) =>
							t.setAttribute(k, v),
						);
						t.textContent = s;
						svg.append(t);
						return t.getComputedTextLength();
					});
				},
				{ strings, f },
			);
			strings.forEach((s, i) => {
				const [drawn, measured] = [widths[i]!, textWidth(s, 20, f.face)];
				// Kerning that brings pairs closer is not measured ("Te"); a caption with a character Archivo lacks is
				// measured as if DejaVu Sans Bold drew all of it (resvg may). Chromium rounds advances to 1/64 px.
				const most = f.face === 'display' && /[^\u0000-\u00ff€]/.test(s) ? Infinity : drawn * 1.05 + 0.2 * 20;
				if (measured < drawn - roundingAllowance || measured > most)
					problems.push(`${f.face} "${s}": ${measured.toFixed(2)} measured, ${drawn.toFixed(2)} drawn`);
			});
		}
		expect(problems).toEqual([]);
	});
});

describe('chart images hold any data', () => {
	// The datasets in turn to each type; what they leave to the figures (kind, qualifier, capitals…) from a stream of its own.
	const all = datasets(2021, types.length * chartCases);
	for (const [i, type] of types.entries())
		it(
			`${type}: ${chartCases} generated datasets, every text inside the image and apart, in the SVG (Chromium) and the PNG (resvg)`,
			async () => {
				const random = seeded(0x5eed + i);
				const problems: string[] = [];
				for (const [n, data] of all.filter((_, k) => k % types.length === i).entries()) {
					const report = withChart(stress, type, data, random);
					const found = await imageProblems(report, 'generated', data.locale);
					problems.push(...found.map((p) => `${type} ${n} (${data.locale}, ${data.labels.length} rows): ${p}`));
				}
				expect(problems).toEqual([]);
			},
			60_000 + chartCases * 3_000,
		);

	it('the fixture years: 2021 (tests/fixtures/site), the stress year and a chart across years, every chart in every language', async () => {
		expect(acrossYears.acrossYears.alliances).toBeDefined();
		const problems: string[] = [];
		for (const report of [...site, stress, acrossYears])
			for (const chart of report.charts)
				for (const locale of locales)
					problems.push(...(await imageProblems(report, chart.id, locale)).map((p) => `${report.year} ${chart.id} ${locale}: ${p}`));
		expect(problems).toEqual([]);
	});
});
