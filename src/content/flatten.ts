import type { Figure } from './figure';
import type { Figures } from './figures-schema';

/** Every figure of a report by its dotted id (`staff.professionals`, `genderParity.1.women`). */
export type FigureMap = Record<string, Figure & { derived?: true }>;

const isFigure = (value: unknown): value is Figure =>
	typeof value === 'object' && value !== null && 'kind' in value && 'value' in value;

export function flattenFigures(figures: Figures): FigureMap {
	const map: FigureMap = {};
	const walk = (value: unknown, path: string[]) => {
		if (isFigure(value)) map[path.join('.')] = value;
		else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, String(i + 1)]));
		else if (typeof value === 'object' && value !== null)
			for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
	};
	walk(figures, []);
	// Derived figures are computed, never typed, so the alliances note can cite them.
	const typesTotal = Object.values(figures.alliances.byType).reduce((sum, f) => sum + f.value, 0);
	map['alliances.typesTotal'] = { value: typesTotal, kind: 'count', qualifier: 'exact', derived: true };
	map['alliances.unclassified'] = {
		value: Math.max(0, figures.alliances.active.value - typesTotal),
		kind: 'count',
		qualifier: 'exact',
		derived: true,
	};
	return map;
}

/** Problems worth telling the editor that must not stop the build (the published source has them). */
export function figureWarnings(figures: Figures): { path: string; message: string }[] {
	const types = Object.values(figures.alliances.byType).map((f) => f.value);
	const typesTotal = types.reduce((a, b) => a + b, 0);
	const active = figures.alliances.active.value;
	if (typesTotal === active) return [];
	return [
		{
			path: 'alliances.byType',
			message: `the alliance types add up to ${typesTotal} (${types.join(' + ')}), not alliances.active (${active}); published as in the source, with the editor's note of the alliances section`,
		},
	];
}
