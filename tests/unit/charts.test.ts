import { describe, expect, it } from 'vitest';
import { buildCharts, chartData, donutArcs } from '../../src/charts/spec';
import { background, contrast, palette } from '../../src/charts/palette';
import { readReports } from '../../src/content/read';
import { createTranslator } from '../../src/i18n/translate';
import { locales } from '../../src/i18n/config';

const root = new URL('../..', import.meta.url).pathname;
const report = readReports(root).value!.find((r) => r.year === 2021)!;
const charts = (locale: (typeof locales)[number]) => buildCharts(report, locale, createTranslator(locale));
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('chart data comes from the content', () => {
	it('has the funding donut, the alliance bars, a donut per gender split and the team bars', () => {
		expect(charts('es').map((c) => `${c.id}:${c.type}`)).toEqual([
			'team-chart:bar',
			'funding-chart:doughnut',
			'alliances-chart:bar',
			'parity-chart-1:doughnut',
			'parity-chart-2:doughnut',
		]);
	});

	it('uses the figures of the content, unchanged, in every language', () => {
		for (const locale of locales) {
			const byId = Object.fromEntries(charts(locale).map((c) => [c.id, c.rows.map((r) => r.value)]));
			expect(byId['funding-chart']).toEqual([59, 6, 33, 2]);
			expect(byId['alliances-chart']).toEqual([5, 3, 8, 5, 2]);
			expect(byId['team-chart']).toEqual([17, 7]);
			expect(byId['parity-chart-1']).toEqual([50, 50]);
			expect(byId['parity-chart-2']).toEqual([52, 48]);
		}
	});

	it('carries the agreement counts with the funding shares, and the 23-of-30 gap with the alliances', () => {
		const [, funding, alliances] = charts('en');
		expect(funding!.rows.map((r) => r.detail)).toEqual(['3', '5', undefined, undefined]);
		expect(alliances!.caption).toBe('Alliances by type: 23 of the 30 active alliances have a type in the source');
		expect(alliances!.footer).toEqual([
			{ label: 'Sum of the types', text: '23' },
			{ label: 'Active alliances', text: '30' },
		]);
	});

	it('passes the browser only what it draws, with labels and values formatted for the language', () => {
		const funding = charts('fr')[1]!;
		const data = chartData(funding, 'fr');
		expect(data.values).toEqual([59, 6, 33, 2]);
		expect(data.labels[0]).toBe('Partenariats avec les membres');
		expect(data.texts.map(plain)).toEqual(['≈59 %', '≈6 %', '≈33 %', '≈2 %']);
	});
});

describe('chart summaries', () => {
	it('say what each chart shows, largest first, in the page language', () => {
		expect(plain(charts('en')[1]!.summary)).toBe(
			'Funding sources, in approximate percentages. Membership partnerships: approximately 59%, Membership fees: approximately 33%, Alliances with other entities: approximately 6%, Other: approximately 2%.',
		);
		expect(plain(charts('es')[0]!.summary)).toBe('Composición del equipo. Profesionales: 17 y Estudiantes en prácticas: 7.');
		expect(plain(charts('fr')[3]!.summary)).toBe('Femmes et hommes · Répartition 1. Femmes : 50 % et Hommes : 50 %.');
	});
});

describe('chart colours', () => {
	it('each reach 3:1 against the page (WCAG 1.4.11)', () => {
		for (const c of palette) expect(contrast(c, background), c).toBeGreaterThanOrEqual(3);
	});
	it('are all different, and every chart row has its own', () => {
		expect(new Set(palette).size).toBe(palette.length);
		for (const chart of charts('es')) expect(new Set(chart.rows.map((r) => r.colour)).size).toBe(chart.rows.length);
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
