import { describe, expect, it } from 'vitest';
import { readReports } from '../../src/content/read';
import type { Report } from '../../src/content/report';
import { dataFields, dataPackage, reportCsv, reportJson } from '../../src/data/open-data';
import { chartImage, imageWidth } from '../../src/share/chart-image';
import { svgToPng } from '../../src/share/png';
import { buildChart } from '../../src/charts/spec';
import { contrast, palettes } from '../../src/charts/palette';
import { locales, type Locale } from '../../src/i18n/config';
import { createTranslator } from '../../src/i18n/translate';

/** Open data and chart images, for every report in content/ (any year, any shape). */
const root = new URL('../..', import.meta.url).pathname;
const { reports } = readReports(root);
const pageUrl = (year: number) => (l: Locale) => `https://example.org/${l}/${year}/`;
const parseCsvLine = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].filter((m) => m.index! < line.length || m[1]).map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'));

describe('open data', () => {
	it('finds reports to check', () => expect(reports.length).toBeGreaterThan(0));

	it('writes one CSV header in every language, the names the JSON uses', () => {
		for (const report of reports)
			for (const l of locales) {
				const csv = reportCsv(report, l, createTranslator(l));
				expect(csv.startsWith(`\uFEFF${dataFields.join(',')}\r\n`)).toBe(true);
				const json = reportJson(report, pageUrl(report.year));
				for (const key of Object.keys(json.figures[0]!)) if (key !== 'source') expect(dataFields as readonly string[]).toContain(key);
			}
	});

	it('quotes a label with a comma or quotes, so it stays one cell', () => {
		const report = reports[0]!;
		const id = Object.keys(report.pages.es.labels)[0]!;
		const tricky: Report = { ...report, pages: { ...report.pages, es: { ...report.pages.es, labels: { ...report.pages.es.labels, [id]: { ...report.pages.es.labels[id]!, text: 'Uno, "dos"; tres' } } } } };
		const line = reportCsv(tricky, 'es', createTranslator('es'), [id]).split('\r\n')[1]!;
		expect(parseCsvLine(line)[dataFields.indexOf('label')]).toBe('Uno, "dos"; tres');
		expect(parseCsvLine(line)).toHaveLength(dataFields.length);
	});

	it('names a licence only when staff set one', () => {
		const report = reports[0]!;
		const without: Report = { ...report, licence: undefined };
		expect('licenses' in reportJson(without, pageUrl(report.year))).toBe(false);
		expect('licenses' in dataPackage(without, 'es', createTranslator('es'), pageUrl(report.year))).toBe(false);
		const licence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
		const withLicence: Report = { ...report, licence };
		const expected = [{ name: licence.name, path: licence.url, title: licence.name }];
		expect(reportJson(withLicence, pageUrl(report.year)).licenses).toEqual(expected);
		expect(dataPackage(withLicence, 'fr', createTranslator('fr'), pageUrl(report.year)).licenses).toEqual(expected);
	});

	it('describes each CSV in the Data Package with the fields it has', () => {
		for (const report of reports)
			for (const l of locales) {
				const pkg = dataPackage(report, l, createTranslator(l), pageUrl(report.year));
				expect(pkg.homepage).toBe(`https://example.org/${l}/${report.year}/`);
				expect(pkg.resources).toHaveLength(report.charts.length + 1);
				for (const r of pkg.resources) {
					expect(r.schema.fields.map((f) => f.name)).toEqual([...dataFields]);
					for (const f of r.schema.fields) expect(f.description, f.name).toBeTruthy();
				}
			}
	});
});

describe('chart images', () => {
	const all = reports.flatMap((report) => locales.flatMap((l) => report.charts.map((c) => ({ l, spec: buildChart(report, l, createTranslator(l), c.id) }))));

	it('hold the caption, every value and the source, each line inside the image', () => {
		for (const { l, spec } of all) {
			const { svg, width } = chartImage(spec, { source: 'Fuente: Metropolis', address: `https://example.org/${l}/#${spec.anchor}` });
			expect(width).toBe(imageWidth);
			const text = svg.replace(/<[^>]+>/g, ' ');
			for (const r of spec.rows) expect(text, `${spec.id} ${r.id}`).toContain(r.text.replace(/&/g, '&amp;'));
			expect(text).toContain('Fuente: Metropolis');
			expect(text).toContain(`#${spec.anchor}`);
		}
	});

	it('wraps a long caption and long labels instead of running off the image, and grows to hold them', () => {
		const { spec } = all.find((c) => c.spec.type === 'bar')!;
		const long = { ...spec, caption: 'Una leyenda muy larga '.repeat(12), rows: spec.rows.map((r) => ({ ...r, label: 'Categoría con un nombre largo de verdad' })) };
		const short = chartImage(spec, { source: 's', address: 'a' });
		const wrapped = chartImage(long, { source: 's', address: 'a' });
		expect(wrapped.height).toBeGreaterThan(short.height);
		const lines = [...wrapped.svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!);
		expect(lines.filter((t) => t.startsWith('Una leyenda')).length).toBeLessThanOrEqual(4);
		expect(lines.some((t) => t.endsWith('…'))).toBe(true);
		// At 28 px bold, DejaVu Sans averages under 0.64 em a character: no caption line wider than the image.
		for (const t of lines.filter((t) => t.includes('leyenda'))) expect(t.length * 28 * 0.64).toBeLessThanOrEqual(imageWidth - 80);
	});

	it('writes values on stacked segments in white, which every light series colour holds at 4.5:1', () => {
		for (const c of palettes.light) expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(4.5);
	});

	it('renders to a PNG at twice its size', async () => {
		const { spec } = all[0]!;
		const image = chartImage(spec, { source: 's', address: 'a' });
		const png = Buffer.from(await svgToPng(image.svg, 2));
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([image.width * 2, image.height * 2]);
	});
});
