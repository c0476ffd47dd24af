import { describe, expect, it } from 'vitest';
import { textLimits } from '../../src/content/limits';
import { readReports } from '../../src/content/read';
import { locales } from '../../src/i18n/config';
import { createTranslator } from '../../src/i18n/translate';
import { shareCard, shareSize } from '../../src/share/card';
import { svgPixels } from '../../src/share/png';
import { fixtureCopy, replace, root } from './fixture-year';

/**
 * The share image (1200×630), drawn by resvg as the build draws it, measured pixel by pixel: each of its
 * three figures stays in its column, with the largest figures and the longest labels the checks allow.
 */
const longLabel = (word: string) => `${word} ${'internacionalización '.repeat(10)}`.slice(0, textLimits.label).trim();
const biggest = fixtureCopy([
	replace('figures.yaml', 'team.staff\n    value: 12', 'team.staff\n    value: 999999999999'),
	replace('figures.yaml', 'value: 250000', 'value: 999999999999'),
	replace('figures.yaml', 'share: [team.staff]', 'share: [team.staff, finance.budget, team.women]'),
	...locales.flatMap((l) => [
		replace(`${l}.mdx`, /team\.staff: .*/, `team.staff: ${longLabel('Personas')}`),
		replace(`${l}.mdx`, /finance\.budget: .*/, `finance.budget: ${longLabel('Presupuesto')}`),
	]),
]);
const reports = [...readReports(biggest).reports, ...readReports(root).reports];

/** Whether any pixel of the box is text (the card's text is white or near white; its background and outline year are not). */
function hasText({ width, pixels }: { width: number; pixels: Uint8Array }, x0: number, x1: number, y0: number, y1: number) {
	for (let y = y0; y < y1; y++)
		for (let x = x0; x < x1; x++) {
			const i = (y * width + x) * 4;
			if (Math.min(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!) > 180) return true;
		}
	return false;
}

describe('the share image', () => {
	it('reads the fixture of the largest figures and longest labels', () => {
		expect(reports.map((r) => r.year)).toContain(2030);
		expect(reports.find((r) => r.year === 2030)!.share).toHaveLength(3);
	});

	for (const report of reports)
		for (const l of locales)
			it(`${report.year} ${l}: keeps each figure and its label in its column, and inside the image`, async () => {
				const image = await svgPixels(shareCard(report, l, createTranslator(l)));
				expect([image.width, image.height]).toEqual([shareSize.width, shareSize.height]);
				// Below the divider: the figures (from y 430) and their labels. Between columns, and right of the last, no text.
				for (let i = 0; i < 3; i++) {
					const end = 72 + i * 360 + 336;
					expect(hasText(image, end + 1, i < 2 ? end + 23 : shareSize.width, 430, shareSize.height), `after column ${i + 1}`).toBe(false);
				}
				// The first column does have text (the check above would pass on an empty card).
				expect(hasText(image, 72, 408, 430, shareSize.height)).toBe(true);
			});
});
