import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../src/i18n/config';
import type { Dataset } from './chart-cases';

/**
 * A report year of generated charts, written as staff would write it (figures.yaml and one MDX per
 * language), for the property tests that need the page's own build: a donut's or a 100 % bar's legend
 * and table are HTML the build writes, so generated data must go through the build to be read in a
 * browser. Chart `g<n>` (in turn a donut, a 100 % bar and a bar chart) holds dataset `n`'s categories
 * (at least two: a chart of one is refused), its names the same in every language.
 */
export function writeGeneratedYear(dir: string, year: number, data: readonly Dataset[]): string {
	const folder = join(dir, 'content/reports', String(year));
	mkdirSync(folder, { recursive: true });
	const charts = data.map((d, n) => {
		const labels = d.labels.length > 1 ? d.labels : [...d.labels, `${d.labels[0]} 2`];
		const values = d.values.length > 1 ? d.values : [...d.values, d.values[0]!];
		return { id: `g${n}`, type: (['donut', 'stacked', 'bar'] as const)[n % 3], labels, values, money: d.money };
	});
	const figures = charts.flatMap((c) =>
		c.values.map((value, r) =>
			[`  - id: ${c.id}.r${r}`, `    value: ${value}`, ...(c.money ? ['    kind: amount', '    currency: EUR'] : [])].join('\n'),
		),
	);
	writeFileSync(
		join(folder, 'figures.yaml'),
		[
			'figures:',
			...figures,
			'charts:',
			...charts.map((c) => `  ${c.id}: { type: ${c.type}, figures: [${c.id}.*] }`),
			'source: Generated data for the layout tests',
			'',
		].join('\n'),
	);
	for (const locale of locales) {
		const labels = charts.flatMap((c) => c.labels.map((label, r) => `  ${c.id}.r${r}: ${label}`));
		const body = charts.map((c) => `<Chart id="${c.id}">${c.labels[0]!.slice(0, 60)} · ${c.id}</Chart>`);
		writeFileSync(
			join(folder, `${locale}.mdx`),
			[
				'---',
				'title: Generated {{year}}',
				'description: Generated data for the layout tests.',
				'hero: { kicker: "Generated {{year}}", title: "Generated data", lead: "Charts of generated data." }',
				'labels:',
				...labels,
				'---',
				'',
				'<Section id="generated" title="Generated" nav="Generated">',
				'',
				...body.flatMap((b) => [b, '']),
				'</Section>',
				'',
			].join('\n'),
		);
	}
	return dir;
}
