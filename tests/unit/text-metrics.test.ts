import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontMetrics, metricsFile, metricsModule } from '../../scripts/font-metrics.mjs';
import { balancedText, inkOverhang, lineWidth, textWidth, wrapText } from '../../src/share/text-metrics';

/**
 * The chart images' measure of text (src/share/text-metrics.ts), from the fonts' own tables. How it
 * compares with Chromium's layout, and the images drawn with it: tests/unit/chart-images.test.ts.
 */
describe('text metrics', () => {
	it("are the fonts' own: src/share/fonts/metrics.ts is what `node scripts/font-metrics.mjs` writes from them", async () => {
		expect(readFileSync(metricsFile, 'utf8')).toBe(await metricsModule(await fontMetrics()));
	});

	it('add up advance widths, with the kerning that moves a pair apart, in font units at 1 unit per em', () => {
		// DejaVu Sans: W 2025 and i 569 units of 2048; "-J" kerned 114 units apart (hyphen 739, J 604).
		expect(textWidth('W', 2048, 'text')).toBe(2025);
		expect(textWidth('Wi', 2048, 'text')).toBe(2025 + 569);
		expect(textWidth('-J', 2048, 'text')).toBe(739 + 604 + 114);
		// Bold is wider; Archivo is narrower than DejaVu Sans Bold.
		expect(textWidth('Programas', 20, 'bold')).toBeGreaterThan(textWidth('Programas', 20, 'text'));
		expect(textWidth('Programas', 20, 'display')).toBeLessThan(textWidth('Programas', 20, 'bold'));
	});

	it('measure a caption with a character Archivo lacks as if DejaVu Sans Bold drew all of it', () => {
		expect(textWidth('Presupuesto ≈59 %', 28, 'display')).toBe(textWidth('Presupuesto ≈59 %', 28, 'bold'));
	});

	it('know where ink reaches out of a line: before a J, after a k', () => {
		expect(inkOverhang('Jornadas', 20, 'text').before).toBeGreaterThan(0);
		expect(inkOverhang('Jornadas', 20, 'text').after).toBe(0);
		expect(inkOverhang('+375 k', 20, 'bold').after).toBeGreaterThan(0);
		expect(lineWidth('Jk', 20, 'bold')).toBeGreaterThan(textWidth('Jk', 20, 'bold'));
	});

	it('wrap a text whole into lines that fit: at spaces, and inside a word longer than a line', () => {
		const label = 'Programas de cooperación técnica entre áreas metropolitanas miembros de la asociación';
		const lines = wrapText(label, 284, 20, 'text');
		expect(lines.join(' ')).toBe(label);
		expect(lines.length).toBeGreaterThan(2);
		for (const line of lines) expect(lineWidth(line, 20, 'text')).toBeLessThanOrEqual(284);
		const address = `https://www.metropolis.org/${'informe-anual/'.repeat(8)}es/2030/#budget-chart`;
		const parts = wrapText(address, 880, 16, 'text');
		expect(parts.join('')).toBe(address);
		expect(parts.length).toBe(2);
		for (const part of parts) expect(lineWidth(part, 16, 'text')).toBeLessThanOrEqual(880);
		// A figure stays whole at its no-break spaces.
		expect(wrapText('Total 1.200.000\u00a0€', 150, 20, 'text')).toEqual(['Total', '1.200.000\u00a0€']);
	});

	it('balance a title: as many lines as the full width takes, as even as they can be', () => {
		const title = 'Alliances by type: 23 of the 30 active alliances have a type in the source';
		expect(wrapText(title, 880, 28, 'display')).toEqual(['Alliances by type: 23 of the 30 active alliances have a type in the', 'source']);
		expect(balancedText(title, 880, 28, 'display')).toEqual([
			'Alliances by type: 23 of the 30 active',
			'alliances have a type in the source',
		]);
		expect(balancedText('Composición del equipo', 880, 28, 'display')).toEqual(['Composición del equipo']);
		// A word is broken only where the full width breaks it too.
		const long = `Presupuesto ${'x'.repeat(70)} final`;
		expect(balancedText(long, 880, 28, 'display').join(' ')).toBe(wrapText(long, 880, 28, 'display').join(' '));
	});
});
