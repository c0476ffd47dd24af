import { readFileSync } from 'node:fs';
import { wrap } from '../../src/charts/wrap';
import { describe, expect, it } from 'vitest';
import { buildChart, chartData, donutArcs } from '../../src/charts/spec';
import { backgrounds, contrast, palette, palettes } from '../../src/charts/palette';
import { readReports } from '../../src/content/read';
import { createTranslator } from '../../src/i18n/translate';
import { locales } from '../../src/i18n/config';

/** Every chart of every report year in content/, in every language: the rules hold for any content. */
const root = new URL('../..', import.meta.url).pathname;
const { reports } = readReports(root);
const all = reports.flatMap((report) =>
	locales.flatMap((locale) =>
		report.charts.map((c) => ({ report, locale, declared: c, spec: buildChart(report, locale, createTranslator(locale), c.id) })),
	),
);
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('chart data comes from the content', () => {
	it('finds charts to check', () => {
		expect(reports.length).toBeGreaterThan(0);
		expect(all.length).toBeGreaterThan(0);
	});

	it('shows the declared figures, unchanged and in order, labelled in the page language', () => {
		for (const { report, locale, declared, spec } of all) {
			expect(spec.rows.map((r) => r.id)).toEqual(declared.figures);
			expect(spec.rows.map((r) => r.value)).toEqual(declared.figures.map((id) => report.figures[id]!.value));
			expect(spec.rows.map((r) => r.label)).toEqual(declared.figures.map((id) => report.pages[locale].labels[id]!.text));
			expect(spec.type).toBe(declared.type === 'donut' ? 'doughnut' : declared.type);
			expect(spec.section).toBe(report.pages[locale].charts.find((c) => c.id === declared.id)!.section);
		}
	});

	it('closes a chart with a total by the sum of its rows and the total, so a gap shows', () => {
		for (const { report, declared, spec } of all.filter((c) => c.declared.total)) {
			const sum = declared.figures.reduce((a, id) => a + report.figures[id]!.value, 0);
			expect(spec.footer).toHaveLength(2);
			expect(plain(spec.footer![0]!.text)).toContain(String(sum).slice(0, 1));
			expect(spec.footer![1]!.label).toBeTruthy();
		}
		for (const { spec } of all.filter((c) => !c.declared.total)) expect(spec.footer).toBeUndefined();
	});

	it('passes the browser only what it draws, formatted for the language', () => {
		for (const { locale, spec } of all) {
			const data = chartData(spec, locale);
			expect(data.values).toEqual(spec.rows.map((r) => r.value));
			expect(data.labels).toEqual(spec.rows.map((r) => r.label));
			expect(data.texts).toEqual(spec.rows.map((r) => r.text));
			expect(data.locale).toBe(locale);
		}
	});
});

describe('chart summaries', () => {
	it('start with the caption and name every row with its value, largest first', () => {
		for (const { spec } of all) {
			expect(spec.summary.startsWith(`${spec.caption}. `), spec.summary).toBe(true);
			const tail = spec.summary.slice(spec.caption.length + 2);
			const order = [...spec.rows].sort((a, b) => b.value - a.value);
			const at = order.map((r) => tail.indexOf(`${r.label}`));
			for (const i of at) expect(i).toBeGreaterThanOrEqual(0);
			expect(at).toEqual([...at].sort((a, b) => a - b));
			for (const r of spec.rows) expect(tail).toContain(r.spoken);
		}
	});
});

describe('chart colours', () => {
	const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
	/** The --series-N values of a CSS block (the first :root, or the one inside the dark media query). */
	const seriesIn = (block: string) => [...block.matchAll(/--series-(\d): (#[0-9a-f]{6});/g)].map((m) => m[2]);

	for (const scheme of ['light', 'dark'] as const)
		it(`each reach 3:1 against the ${scheme} page (WCAG 1.4.11), and are all different`, () => {
			for (const c of palettes[scheme]) expect(contrast(c, backgrounds[scheme]), c).toBeGreaterThanOrEqual(3);
			expect(new Set(palettes[scheme]).size).toBe(palettes[scheme].length);
		});

	it('are the ones the stylesheet gives the page and Chart.js, in both schemes', () => {
		const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
		expect(seriesIn(css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)')))).toEqual([...palettes.light]);
		expect(seriesIn(dark.slice(0, dark.indexOf('}\n}')))).toEqual([...palettes.dark]);
		expect(css).toContain(`--paper: ${backgrounds.light};`);
		expect(dark).toContain(`--paper: ${backgrounds.dark};`);
	});

	it('use one colour for a single series (bars), one per category otherwise', () => {
		for (const { declared, spec } of all) {
			const series = new Set(spec.rows.map((r) => r.series));
			if (declared.type === 'bar') expect(series.size).toBe(1);
			else expect(series.size).toBe(Math.min(spec.rows.length, palette.length));
		}
	});

	it('computes contrast as WCAG does', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
	});
});

describe('donut geometry (the picture shown without JavaScript)', () => {
	it('turns shares into arcs that fill the circle in order', () => {
		expect(donutArcs([50, 25, 25])).toEqual([
			{ offset: 0, length: 50 },
			{ offset: 50, length: 25 },
			{ offset: 75, length: 25 },
		]);
		expect(donutArcs([0, 0])).toEqual([
			{ offset: 0, length: 0 },
			{ offset: 0, length: 0 },
		]);
	});
});

describe('word wrap (canvas axis labels, chart images, share card)', () => {
	it('breaks at spaces, within the width, and ends a cut text with an ellipsis', () => {
		expect(wrap('Una leyenda bastante larga', 12)).toEqual(['Una leyenda', 'bastante', 'larga']);
		expect(wrap('Una leyenda bastante larga', 12, 2)).toEqual(['Una leyenda', '…']);
		expect(wrap('Palabra', 3)).toEqual(['Palabra']);
	});

	it('never breaks a figure at its no-break spaces ("+2,4 mil", "12 %")', () => {
		expect(wrap('Más de +2,4\u00a0mil personas', 12)).toEqual(['Más de', '+2,4\u00a0mil', 'personas']);
		expect(wrap('un 12\u202f% del total', 6)).toEqual(['un', '12\u202f%', 'del', 'total']);
	});
});
