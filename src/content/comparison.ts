import type { Comparison, ReportFigure } from './model';

export type { Comparison };


/** `change`: a percentage change (percentage points for a percentage); `difference`: in the figure's own unit. */
export type CompareAs = 'change' | 'difference';

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * A figure against the same figure (same id) in the previous published year, computed, never typed
 * (issue 25). Honest about what is known: figures of another kind or currency, ordinals, and a previous
 * figure that is only a lower bound ("+2,1 mil") are not compared; where either figure is rounded
 * ("≈59 %"), the change is rounded and said to be about; where this year's figure is a lower bound
 * above last year's, only the direction is said ("more than in 2021").
 */
export function compareFigures(current: ReportFigure, previous: ReportFigure | undefined, year: number, as: CompareAs = 'change'): Comparison | undefined {
	if (!previous || previous.kind !== current.kind || previous.currency !== current.currency || current.kind === 'ordinal') return undefined;
	// A lower bound last year ("more than 2,100") says nothing certain about the change.
	if (previous.qualifier === 'moreThan') return undefined;
	if (current.qualifier === 'moreThan')
		return previous.qualifier === 'exact' && current.value >= previous.value ? { year, kind: current.value > previous.value ? 'more' : 'same' } : undefined;
	const about = current.qualifier === 'approximately' || previous.qualifier === 'approximately';
	const delta = current.value - previous.value;
	if (delta === 0) return about ? undefined : { year, kind: 'same' };
	const direction = delta > 0 ? 'up' : 'down';
	if (current.kind === 'percent') return { year, kind: 'points', direction, points: round(Math.abs(delta), about ? 0 : 1), about };
	if (as === 'change' && previous.value !== 0) {
		const percent = (Math.abs(delta) / previous.value) * 100;
		return { year, kind: 'change', direction, percent: round(percent, about || percent >= 10 ? 0 : 1), about };
	}
	return { year, kind: 'difference', direction, difference: Math.abs(delta), about };
}

