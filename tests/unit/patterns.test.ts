import { describe, expect, it } from 'vitest';
import { palette } from '../../src/charts/palette';
import { patternOf, patterns, tile, type Pattern } from '../../src/charts/patterns';

/** Which points of a 64×64 grid over the tile a pattern covers (its marks, repeated as the tile repeats). */
function covered(p: Pattern | undefined): boolean[] {
	const n = 64;
	const points: boolean[] = [];
	for (let i = 0; i < n * n; i++) {
		const x = ((i % n) + 0.5) * (tile / n);
		const y = (Math.floor(i / n) + 0.5) * (tile / n);
		if (!p) {
			points.push(true);
			continue;
		}
		points.push(p.some(([rx, ry, w, h]) => x >= rx && x < rx + w && y >= ry && y < ry + h));
	}
	return points;
}

const share = (points: boolean[]) => points.filter(Boolean).length / points.length;

describe('forced-colour textures (src/charts/patterns.ts)', () => {
	it('gives every series of the palette a texture, series 0 solid, cycling as the colours do', () => {
		expect(patterns).toHaveLength(palette.length);
		expect(patternOf(0)).toBeUndefined();
		for (let n = 1; n < palette.length; n++) expect(patternOf(n), `series ${n}`).toBeDefined();
		expect(patternOf(palette.length + 2)).toBe(patternOf(2));
	});

	it('draws on whole units only, inside its tile (no blended edge on the canvas)', () => {
		for (const p of patterns)
			for (const rect of p ?? []) {
				expect(rect.every(Number.isInteger), String(rect)).toBe(true);
				expect(rect[0] + rect[2] <= tile && rect[1] + rect[3] <= tile, String(rect)).toBe(true);
			}
	});

	it('shows both colours in each texture: its marks cover a fifth to two thirds of the tile', () => {
		for (let n = 1; n < patterns.length; n++) {
			const s = share(covered(patternOf(n)));
			expect(s, `series ${n}: ${s.toFixed(2)}`).toBeGreaterThan(0.2);
			expect(s, `series ${n}: ${s.toFixed(2)}`).toBeLessThan(0.67);
		}
	});

	it('tells any two series apart by their texture alone: at least a quarter of the tile differs', () => {
		const all = patterns.map((p) => covered(p));
		for (let a = 0; a < all.length; a++)
			for (let b = a + 1; b < all.length; b++) {
				const differ = all[a]!.filter((v, i) => v !== all[b]![i]).length / all[a]!.length;
				expect(differ, `series ${a} and ${b}`).toBeGreaterThanOrEqual(0.25);
			}
	});
});
