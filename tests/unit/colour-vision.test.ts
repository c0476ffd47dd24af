import { describe, expect, it } from 'vitest';
import { deficiencies, deltaE2000, seenApart, type Deficiency } from '../../src/charts/colour-vision';
import { palettes } from '../../src/charts/palette';

/**
 * Chart colours apart for everyone. The threshold: neighbours at least ΔE00 12 apart, as each vision sees
 * them (a just-noticeable difference is about 1–2.5; 12 reads as a different colour at a glance, not a
 * shade of the same one; the light palette's smallest is 13.2). Pairs that can sit side by side: each
 * colour and the next (bars, stacks, a donut's slices), and, as a donut closes, the last of 2 to 6
 * categories with the first.
 */
const threshold = 12;
const neighbours = (n: number): [number, number][] => [
	...Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as [number, number]),
	...Array.from({ length: n - 2 }, (_, k) => [k + 2, 0] as [number, number]),
];
const visions: (Deficiency | undefined)[] = [undefined, ...(Object.keys(deficiencies) as Deficiency[])];

describe('colour-vision model', () => {
	it('computes CIEDE2000 as its published test data (Sharma, Wu & Dalal 2005, pairs 1, 7, 17, 25)', () => {
		expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
		expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
		expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
		expect(deltaE2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 4);
	});

	it('simulates with Machado et al.’s matrices, which keep greys grey (each row sums to 1)', () => {
		for (const matrix of Object.values(deficiencies)) for (const row of matrix) expect(row[0] + row[1] + row[2]).toBeCloseTo(1, 2);
		// The confusion the model exists to show: a red and a green of one lightness, as a deuteranope sees them.
		expect(seenApart('#c0392b', '#6a8d00')).toBeGreaterThan(30);
		expect(seenApart('#c0392b', '#6a8d00', 'deuteranopia')).toBeLessThan(12);
	});
});

describe('the chart palettes', () => {
	for (const [scheme, palette] of Object.entries(palettes))
		it(`${scheme}: every two colours that can be neighbours are ΔE00 ≥ ${threshold} apart, with typical vision and each deficiency`, () => {
			const close = visions.flatMap((vision) =>
				neighbours(palette.length).flatMap(([i, j]) => {
					const d = seenApart(palette[i]!, palette[j]!, vision);
					return d < threshold
						? [`${vision ?? 'typical vision'}: series ${i} ${palette[i]} and ${j} ${palette[j]} are ${d.toFixed(1)} apart`]
						: [];
				}),
			);
			expect(close).toEqual([]);
		});
});
