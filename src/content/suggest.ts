/** "Did you mean …?": the closest known word by edit distance, when the typo is small. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const d = distance(word.toLowerCase(), candidate.toLowerCase());
		if (d < bestDistance) [best, bestDistance] = [candidate, d];
	}
	// Only suggest when the typo is small compared with the word.
	return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** Edit distance (Levenshtein) between two words. */
export function distance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
		}
		previous = current;
	}
	return previous[b.length]!;
}

/**
 * "Did you mean …?" for a figure name, only where following it cannot change what the report says:
 * the name must be a small typo of the figure's own name (a figure of the same group with another
 * name is another figure: `knowledge.publications` is not a typo of `knowledge.publicationsGender`),
 * and never a figure that sits beside it (cited in the same sentence, or named in the same rule,
 * computed figure or chart), which following the suggestion would cite twice.
 */
export function closestFigure(id: string, figures: readonly string[], beside: Iterable<string> = []): string | undefined {
	const near = new Set(beside);
	const name = id.split('.').at(-1) ?? id;
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of figures) {
		if (near.has(candidate) || candidate === id) continue;
		const d = distance(id.toLowerCase(), candidate.toLowerCase());
		if (d < bestDistance) [best, bestDistance] = [candidate, d];
	}
	return bestDistance <= Math.max(1, Math.floor(name.length / 4)) ? best : undefined;
}
