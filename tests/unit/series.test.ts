import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readReports } from '../../src/content/read';
import { seriesCsv, seriesIds, seriesJson } from '../../src/data/series';
import { root } from './fixture-year';

/**
 * A figure's history across years (issue 25), on the `new-years` scenario (2020, 2021, 2022 of the same shape,
 * 2023 of another shape, a 2024 draft): the values written out are those of its files.
 */
const { reports } = readReports(join(root, 'tests/fixtures/new-years'));
const published = reports.filter((r) => !r.draft);

describe('a figure’s history', () => {
	it('holds every figure of more than one published year, and no draft', () => {
		expect(published.map((r) => r.year).sort()).toEqual([2020, 2021, 2022, 2023]);
		const ids = seriesIds(published);
		expect(ids).toContain('impact.newMembers');
		// In 2023 only: no history.
		expect(ids).not.toContain('impact.countries');
		// Dropped in 2023, in 2021 and 2022: a history of two years.
		expect(ids).toContain('genderParity.split1.women');
	});

	it('gives each value by year, with its display in every language', () => {
		const json = seriesJson(published);
		expect(json.years).toEqual([2020, 2021, 2022, 2023]);
		// A percent in 2020, a count since: 2020's is another figure, left out of this history.
		const members = json.series.find((s) => s.id === 'impact.newMembers')!;
		expect(members.values.map((v) => [v.year, v.value])).toEqual([
			[2021, 3],
			[2022, 5],
			[2023, 3],
		]);
		expect(members.label.es).toBe('Miembros nuevos');
		expect(members.values[1]!.display).toEqual({ es: '5', en: '5', fr: '5' });
		const participants = json.series.find((s) => s.id === 'impact.participants')!;
		expect(participants.values.map((v) => v.display.es.replace(/\u00a0/g, ' '))).toEqual(['+2 mil', '+2,4 mil', '+2,4 mil', '+2,4 mil']);
	});

	it('writes one CSV per language, the year files’ columns, read back by a CSV parser', () => {
		const rows: Record<string, string>[] = parse(seriesCsv(published, 'fr'), { bom: true, columns: true });
		const members = rows.filter((r) => r.id === 'impact.newMembers');
		expect(members.map((r) => [r.year, r.value])).toEqual([
			['2021', '3'],
			['2022', '5'],
			['2023', '3'],
		]);
		expect(seriesCsv(published, 'es', { bom: false }).startsWith('year,id,')).toBe(true);
	});

	it('is empty for a single year (the real content today)', () => {
		expect(seriesJson(published.filter((r) => r.year === 2021)).series).toEqual([]);
	});
});
