import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Package } from 'datapackage';
import { afterAll, describe, expect, it } from 'vitest';
import { readReports } from '../../src/content/read';
import type { Report } from '../../src/content/report';
import { csvCell, csvFiles, dataFields, dataPackage, reportCsv, reportJson } from '../../src/data/open-data';
import { packageFolder } from '../../src/routes/paths';
import { chartImage, imageWidth } from '../../src/share/chart-image';
import { lineWidth } from '../../src/share/text-metrics';
import { svgToPng } from '../../src/share/png';
import { buildChart } from '../../src/charts/spec';
import { contrast, palettes } from '../../src/charts/palette';
import { locales, type Locale } from '../../src/i18n/config';
import { createTranslator } from '../../src/i18n/translate';

/** Open data and chart images, for every report in content/ (any year, any shape). */
const root = new URL('../..', import.meta.url).pathname;
const { reports } = readReports(root);
const pageUrl = (year: number) => (l: Locale) => `https://example.org/${l}/${year}/`;
const parseCsvLine = (line: string) =>
	[...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
		.filter((m) => m.index! < line.length || m[1])
		.map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'));

describe('open data', () => {
	it('finds reports to check', () => expect(reports.length).toBeGreaterThan(0));

	it('writes one CSV header in every language, the names the JSON uses', () => {
		for (const report of reports)
			for (const l of locales) {
				const csv = reportCsv(report, l, createTranslator(l));
				expect(csv.startsWith(`\uFEFF${dataFields.join(',')}\r\n`)).toBe(true);
				const json = reportJson(report, pageUrl(report.year));
				for (const key of Object.keys(json.figures[0]!)) if (key !== 'checked') expect(dataFields as readonly string[]).toContain(key);
			}
	});

	it('quotes a label with a comma or quotes, so it stays one cell', () => {
		const report = reports[0]!;
		const id = Object.keys(report.pages.es.labels)[0]!;
		const tricky: Report = {
			...report,
			pages: {
				...report.pages,
				es: {
					...report.pages.es,
					labels: { ...report.pages.es.labels, [id]: { ...report.pages.es.labels[id]!, text: 'Uno, "dos"; tres' } },
				},
			},
		};
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

/** A report whose words start as spreadsheet formulas do: its first labels, and its first section's title. */
const formulas = [
	'=HYPERLINK("https://evil.example/","Ver")',
	'+1+1',
	'-2+3',
	'@SUM(A1:A2)',
	'\t=1+1',
	'\r=1+1',
	'  =1+1',
	'＝1+1',
	'\n=1+1',
];
function withFormulas(report: Report): Report {
	const es = report.pages.es;
	const ids = Object.keys(es.labels).slice(0, formulas.length);
	const labels = { ...es.labels, ...Object.fromEntries(ids.map((id, i) => [id, { ...es.labels[id]!, text: formulas[i]! }])) };
	const sections = es.sections.map((s, i) => (i === 0 ? { ...s, title: "=cmd|' /C calc'!A0" } : s));
	return { ...report, pages: { ...report.pages, es: { ...es, labels, sections } } };
}

describe('open data that is safe to open in a spreadsheet', () => {
	const report = withFormulas(reports[0]!);
	const t = createTranslator('es');
	const rows: Record<string, string>[] = parse(reportCsv(report, 'es', t), { bom: true, columns: true, relax_quotes: false });
	const field = (id: string, name: string) => rows.find((r) => r.id === id)![name]!;

	it('writes every text that a spreadsheet would run as a formula as plain text (a leading apostrophe), read back whole by a CSV parser', () => {
		const ids = Object.keys(report.pages.es.labels).slice(0, formulas.length);
		ids.forEach((id, i) => expect(field(id, 'label'), JSON.stringify(formulas[i])).toBe(`'${formulas[i]}`));
		const first = report.pages.es.sections[0]!;
		expect(field(first.figures[0]!, 'section_title')).toBe("'=cmd|' /C calc'!A0");
		// A figure shown as "+2,4 mil" is text too, not a formula.
		for (const r of rows.filter((r) => /^\+/.test(r.display!.replace(/^'/, '')))) expect(r.display!.startsWith("'+"), r.id).toBe(true);
		// No cell of any CSV starts as a formula.
		for (const r of rows)
			for (const [k, v] of Object.entries(r)) expect(/^[\s]*[=+\-@＝＋－＠]/.test(v) && k !== 'value', `${r.id}.${k}: ${v}`).toBe(false);
	});

	it('keeps numbers as numbers: the value column is plain digits, equal to the figure', () => {
		for (const r of rows) {
			expect(r.value, r.id).toMatch(/^\d+(\.\d+)?$/);
			expect(Number(r.value), r.id).toBe(report.figures[r.id!]!.value);
		}
	});

	it('leaves other texts as they are', () => {
		for (const text of ['Profesionales', 'Uno, "dos"', '2.4K', 'a-b', 'x=y']) expect(parse(csvCell(text))).toEqual([[text]]);
		expect(csvCell(17)).toBe('17');
		expect(csvCell(false)).toBe('false');
	});
});

describe('the Data Package, read by the Frictionless reference library (npm datapackage)', () => {
	const dir = mkdtempSync(join(tmpdir(), 'report-datapackage-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	/** A language's package as the build writes it: datapackage.json, and the CSVs it describes. */
	const write = (report: Report, l: Locale) => {
		const folder = join(dir, `${report.year}-${l}`);
		mkdirSync(join(folder, packageFolder), { recursive: true });
		const t = createTranslator(l);
		writeFileSync(join(folder, 'datapackage.json'), JSON.stringify(dataPackage(report, l, t, pageUrl(report.year))));
		for (const { file, ids } of csvFiles(report))
			writeFileSync(join(folder, packageFolder, file), reportCsv(report, l, t, ids, { bom: false }));
		return join(folder, 'datapackage.json');
	};

	it('loads every package as valid and reads every resource with its types cast', async () => {
		for (const report of [...reports, withFormulas(reports[0]!)])
			for (const l of locales) {
				const pkg = await Package.load(write(report, l));
				expect(pkg.errors.map(String), `${report.year} ${l}`).toEqual([]);
				expect(pkg.valid).toBe(true);
				expect(pkg.resources).toHaveLength(report.charts.length + 1);
				for (const resource of pkg.resources) {
					const rows = (await resource.read({ keyed: true, cast: true })) as Record<string, unknown>[];
					expect(rows.length, resource.name).toBeGreaterThan(0);
					for (const row of rows) {
						expect(row.year).toBe(report.year);
						expect(typeof row.value, `${resource.name} ${row.id}`).toBe('number');
						expect(Number(row.value)).toBe(report.figures[row.id as string]!.value);
						expect(typeof row.derived).toBe('boolean');
					}
				}
			}
	});

	it('describes CSVs without a byte-order mark, and the people’s CSVs keep theirs (Excel shows accents)', () => {
		const report = reports[0]!;
		const t = createTranslator('es');
		expect(reportCsv(report, 'es', t, undefined, { bom: false }).startsWith(dataFields.join(','))).toBe(true);
		expect(reportCsv(report, 'es', t).startsWith('\uFEFF')).toBe(true);
		expect(dataPackage(report, 'es', t, pageUrl(report.year)).resources.map((r) => r.path)).toEqual(
			csvFiles(report).map((f) => `${packageFolder}${f.file}`),
		);
	});
});

describe('chart images', () => {
	const all = reports.flatMap((report) =>
		locales.flatMap((l) => report.charts.map((c) => ({ l, spec: buildChart(report, l, createTranslator(l), c.id) }))),
	);

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
		const long = {
			...spec,
			caption: 'Una leyenda muy larga '.repeat(12),
			rows: spec.rows.map((r) => ({ ...r, label: 'Categoría con un nombre largo de verdad' })),
		};
		const short = chartImage(spec, { source: 's', address: 'a' });
		const wrapped = chartImage(long, { source: 's', address: 'a' });
		expect(wrapped.height).toBeGreaterThan(short.height);
		const lines = (svg: string) => [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!);
		// Whole, nothing cut, each line measured in its font no wider than the image within its padding
		// (tests/unit/chart-images.test.ts measures them as drawn). The caption is the first text.
		const caption = lines(/<text[^>]*>.*?<\/text>/.exec(wrapped.svg)![0]);
		expect(caption.join(' ')).toBe(long.caption.trim());
		for (const t of caption) expect(lineWidth(t, 28, 'display')).toBeLessThanOrEqual(imageWidth - 80);
		expect(lines(wrapped.svg).join(' ')).toContain(long.rows[0]!.label);
		expect(lines(wrapped.svg).some((t) => t.endsWith('…'))).toBe(false);
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
