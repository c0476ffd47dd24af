/**
 * A chart of the page drawn with Chart.js, from the chart model (src/charts/spec.ts: rows, wrapped labels,
 * value texts, shares) in the colours of the reader's scheme, read from the page's CSS.
 */
import {
	ArcElement,
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	DoughnutController,
	LinearScale,
	Tooltip,
	type Plugin,
} from 'chart.js';
import type { ChartData } from '../charts/spec';
import { palette, yearSeries } from '../charts/palette';
import { patternOf, tile, type Pattern } from '../charts/patterns';
import { wrap } from '../charts/wrap';

// Only what the report's donuts and bars use: keeps the Chart.js chunk small.
Chart.register(DoughnutController, ArcElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const family = getComputedStyle(document.body).fontFamily;

/**
 * The colours of the reader's current scheme, from the page's CSS custom properties (light, dark or
 * the system colours of forced-colours mode), read once per scheme: reading styles is not free.
 */
type Colours = { ink: string; grid: string; paper: string; series: (n: number) => string | CanvasPattern };
let cached: Colours | undefined;
function colours(): Colours {
	if (cached) return cached;
	const root = getComputedStyle(document.documentElement);
	const names = ['--chart-ink', '--chart-grid', '--chart-paper', ...palette.map((_, n) => `--series-${n}`)];
	let values = names.map((n) => root.getPropertyValue(n).trim());
	// System colours (CanvasText, Highlight…) are resolved by the browser into values a canvas draws.
	if (values.some((v) => !v.startsWith('#'))) {
		const probe = document.createElement('span');
		probe.style.forcedColorAdjust = 'none';
		document.body.append(probe);
		values = names.map((n) => {
			probe.style.color = `var(${n})`;
			return getComputedStyle(probe).color;
		});
		probe.remove();
	}
	const [ink, grid, paper, ...series] = values as [string, string, string, ...string[]];
	// In forced colours each series has its texture too (../charts/patterns.ts), as the legends' swatches do.
	const fills = matchMedia('(forced-colors: active)').matches ? series.map((s, n) => texture(patternOf(n), s, paper)) : series;
	cached = { ink, grid, paper, series: (n) => fills[n % fills.length]! };
	return cached;
}

/** A series' texture as a canvas pattern, drawn at the screen's pixel density; solid where it has none. */
function texture(pattern: Pattern | undefined, ink: string, paper: string): CanvasPattern | string {
	if (!pattern) return ink;
	const scale = Math.max(1, Math.round(devicePixelRatio || 1));
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = tile * scale;
	const ctx = canvas.getContext('2d');
	if (!ctx) return ink;
	ctx.scale(scale, scale);
	ctx.fillStyle = paper;
	ctx.fillRect(0, 0, tile, tile);
	ctx.fillStyle = ink;
	for (const [x, y, w, h] of pattern) ctx.fillRect(x, y, w, h);
	const made = ctx.createPattern(canvas, 'repeat');
	if (!made) return ink;
	// Chart.js scales its canvas by the pixel ratio: the tile is drawn at it, so undo the scale once.
	made.setTransform(new DOMMatrix().scale(1 / scale));
	return made;
}

/** Where a bar's value starts: just past its end. */
const valueGap = 6;

/** A value in bold; the words for a missing one ("sin dato en 2021") in italic, set apart. */
const valueFont = (font: { family: string; size: number }, missing = false) =>
	`${missing ? 'italic 400' : '700'} ${font.size}px ${font.family}`;

/** Writes each bar's value (formatted for the page's language) at its end: labels, not colour alone. */
const barValues = (sets: BarSet[], font: { family: string; size: number }, ink: () => string): Plugin<'bar'> => ({
	id: 'barValues',
	afterDatasetsDraw(chart) {
		const { ctx } = chart;
		ctx.save();
		ctx.fillStyle = ink();
		ctx.textBaseline = 'middle';
		sets.forEach((set, d) =>
			chart.getDatasetMeta(d).data.forEach((bar, i) => {
				ctx.font = valueFont(font, set.missing[i]);
				ctx.fillText(set.texts[i] ?? '', bar.x + valueGap, bar.y);
			}),
		);
		ctx.restore();
	},
});

/** One series of bars: values, their texts, colours, and which have no value (drawn as words). */
type BarSet = { values: number[]; texts: string[]; series: number[]; missing: boolean[] };

/** Every chart drawn, each with how to repaint it in the current colours. */
const drawn: (() => void)[] = [];
// The reader switches to dark, or to high contrast: repaint every chart in the new colours.
for (const query of ['(prefers-color-scheme: dark)', '(forced-colors: active)'])
	matchMedia(query).addEventListener('change', () => {
		cached = undefined;
		for (const repaint of drawn) repaint();
	});

export function drawChart(box: HTMLElement, animate: boolean) {
	const data = JSON.parse(box.dataset.chart ?? '{}') as ChartData;
	// Chart.js gives axis labels at most a share of the width: smaller type in narrow boxes keeps them whole.
	// Both sizes follow the reader's text size (the root's, 16 px by default), as the page's text does.
	const textScale = parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 || 1;
	const font = { family, size: Math.round((box.clientWidth < 420 * textScale ? 12 : 14) * textScale) };
	const canvas = document.createElement('canvas');
	canvas.setAttribute('aria-hidden', 'true');
	canvas.className = 'chart-canvas';
	box.append(canvas);
	box.querySelector('.chart-fallback')?.setAttribute('hidden', '');
	const still = !animate || matchMedia('(prefers-reduced-motion: reduce)').matches;
	// Says how it was drawn, for tests and for print styles.
	box.dataset.drawn = still ? 'still' : 'animated';
	const number = new Intl.NumberFormat(data.locale, { maximumFractionDigits: 0 });
	let c = colours();
	const common = {
		responsive: true,
		maintainAspectRatio: false,
		animation: still ? (false as const) : { duration: 500 },
		locale: data.locale,
	};
	const tooltip = (label: (i: number, dataset: number) => string) => ({
		callbacks: { label: (ctx: { dataIndex: number; datasetIndex: number }) => label(ctx.dataIndex, ctx.datasetIndex) },
		bodyFont: font,
	});
	// A donut's category is its data index; a 100 % bar's, its dataset.
	const rowText = (i: number, dataset: number) => ` ${data.labels[i + dataset]}: ${data.texts[i + dataset]}`;
	/** Bar charts repaint their own datasets (one colour per year, or one for all). */
	let repaintBars: ((next: Colours) => void) | undefined;

	let chart: Chart;
	if (data.type === 'doughnut') {
		chart = new Chart(canvas, {
			type: 'doughnut',
			data: {
				labels: data.labels,
				datasets: [{ data: data.values, backgroundColor: data.series.map(c.series), borderColor: c.paper, borderWidth: 2 }],
			},
			options: { ...common, cutout: '58%', plugins: { tooltip: tooltip(rowText) } },
		});
	} else if (data.type === 'stacked') {
		// One bar of 100 %: a dataset per category, each as its share of the whole. Ticks every 25 %: where the
		// axis is too narrow for all five, every other one is dropped and 0, 50 and 100 % remain (by 20 %, 100 % went).
		const percent = new Intl.NumberFormat(data.locale, { style: 'percent' });
		chart = new Chart(canvas, {
			type: 'bar',
			data: {
				labels: [''],
				datasets: data.shares.map((share, i) => ({
					label: data.labels[i],
					data: [share],
					backgroundColor: c.series(data.series[i]!),
					borderColor: c.paper,
					borderWidth: 1,
				})),
			},
			options: {
				...common,
				indexAxis: 'y',
				plugins: { tooltip: tooltip(rowText) },
				scales: {
					x: {
						stacked: true,
						min: 0,
						max: 100,
						ticks: {
							stepSize: 25,
							color: c.ink,
							font,
							maxRotation: 0,
							autoSkipPadding: 12,
							callback: (v) => percent.format(Number(v) / 100),
						},
						grid: { color: c.grid },
						border: { color: c.grid },
					},
					y: { stacked: true, display: false },
				},
			},
		});
	} else {
		// One set of bars, or one per year (a chart across years: the year before, then this year, per category).
		const sets: BarSet[] = data.across
			? data.across.years.map((y, n) => ({ ...y, series: y.values.map(() => yearSeries[n as 0 | 1]) }))
			: [{ values: data.values, texts: data.texts, series: data.series, missing: data.values.map(() => false) }];
		const names = data.across?.labels ?? data.labels;
		const max = Math.max(...sets.flatMap((set) => set.values));
		// Room for the widest value at the end of its bar ("1.200.000 €" was cut); the words of a missing
		// value start at the axis, where the longest bar leaves room enough (the check below says if not).
		const measure = document.createElement('canvas').getContext('2d')!;
		const valueWidths = sets.map((set) =>
			set.texts.map((t, i) => {
				measure.font = valueFont({ family, size: font.size }, set.missing[i]);
				return measure.measureText(t).width;
			}),
		);
		const valueRoom = Math.ceil(Math.max(0, ...sets.flatMap((set, d) => valueWidths[d]!.filter((_, i) => !set.missing[i])))) + 2 * valueGap;
		// Each category's name beside its bar, wrapped by measured width to the share Chart.js gives the
		// axis; where a word of a name is wider than that share (a phone, long words), every name goes above
		// its bar, on the chart's whole width (beside, long words were cut at the canvas's edge), as it does
		// over a pair of bars across years. The rows are made tall enough for the lines (three-line names
		// overlapped in a box sized for one or two).
		measure.font = `${font.size}px ${family}`;
		const beside = Math.max(Math.min(box.clientWidth * 0.3, (box.clientWidth - valueRoom) / 2 - 12), font.size * 5);
		const widest = Math.max(...names.flatMap((l) => l.split(/\s+/)).map((w) => measure.measureText(w).width));
		const above = Boolean(data.across) || widest > beside;
		const labelRoom = above ? box.clientWidth - 8 : beside;
		const labels = names.map((l) => wrap(l, labelRoom, Infinity, (t) => measure.measureText(t).width));
		const lines = Math.max(...labels.map((l) => l.length));
		const lineHeight = font.size * 1.25;
		const thickness = Math.min(28, font.size * 1.6);
		// Above: the bars sit in the middle of their row, the name in the half over them.
		const row = above ? 2 * (lines * lineHeight + 6) + sets.length * thickness : lines * lineHeight + 10;
		const needed = names.length * row + font.size * 2.5 + 16;
		if (box.clientHeight < needed) box.style.minHeight = `${Math.ceil(needed)}px`;
		/** Where a name drawn above its category's first bar starts (its first line's top). */
		const nameTop = (bar: { y: number }, i: number) => bar.y - thickness / 2 - 4 - (labels[i]?.length ?? 1) * lineHeight;
		// Says, from the chart's own layout, what does not fit (for tests): a value past the canvas's edge,
		// a name wider than its axis, names above their bars that run into the previous row.
		const fits: Plugin<'bar'> = {
			id: 'fits',
			afterRender(drawnChart) {
				const problems = sets.flatMap((_, d) =>
					drawnChart.getDatasetMeta(d).data.flatMap((bar, i) => {
						const out = bar.x + valueGap + valueWidths[d]![i]! - drawnChart.width;
						return out > 1 ? [`value ${i} past the edge by ${Math.round(out)} px`] : [];
					}),
				);
				measure.font = `${font.size}px ${family}`;
				const widest = Math.max(...labels.flat().map((l) => measure.measureText(l).width));
				if (!above && widest > drawnChart.scales.y!.width)
					problems.push(`names ${Math.round(widest)} px on an axis of ${Math.round(drawnChart.scales.y!.width)} px`);
				if (above) {
					const first = drawnChart.getDatasetMeta(0).data;
					const last = drawnChart.getDatasetMeta(sets.length - 1).data;
					first.forEach((bar, i) => {
						const floor = i ? last[i - 1]!.y + thickness / 2 : drawnChart.chartArea.top - 8;
						const top = nameTop(bar, i);
						if (top < floor - 1) problems.push(`name ${i} runs ${Math.round(floor - top)} px into the row above`);
					});
				}
				box.dataset.fits = problems.length ? problems.join('; ') : 'yes';
			},
		};
		const namesAbove: Plugin<'bar'> = {
			id: 'namesAbove',
			afterDatasetsDraw(drawnChart) {
				const { ctx, chartArea } = drawnChart;
				ctx.save();
				ctx.fillStyle = colours().ink;
				ctx.font = `${font.size}px ${family}`;
				ctx.textBaseline = 'bottom';
				drawnChart.getDatasetMeta(0).data.forEach((bar, i) => {
					(labels[i] ?? []).forEach((line, n) => ctx.fillText(line, chartArea.left + 4, nameTop(bar, i) + (n + 1) * lineHeight));
				});
				ctx.restore();
			},
		};
		chart = new Chart(canvas, {
			type: 'bar',
			data: {
				labels,
				datasets: sets.map((set) => ({
					data: set.values,
					backgroundColor: set.series.map(c.series),
					// Two bars of a pair, apart: a line of the page's colour between them.
					...(data.across ? { borderColor: c.paper, borderWidth: { top: 1, bottom: 1 } } : { borderWidth: 0 }),
					borderRadius: 3,
					...(above ? { barThickness: thickness } : { maxBarThickness: 28 }),
				})),
			},
			plugins: [barValues(sets, font, () => c.ink), ...(above ? [namesAbove] : []), fits],
			options: {
				...common,
				indexAxis: 'y',
				layout: { padding: { right: valueRoom } },
				plugins: { tooltip: tooltip((i, d) => ` ${names[i]}: ${sets[d]!.texts[i]}`) },
				scales: {
					x: {
						beginAtZero: true,
						suggestedMax: max,
						ticks: { precision: 0, color: c.ink, font, maxRotation: 0, autoSkipPadding: 12, callback: (v) => number.format(Number(v)) },
						grid: { color: c.grid },
						border: { color: c.grid },
					},
					// Every category is labelled, even in a short box (Chart.js would skip some).
					// The baseline the bars grow from, in the text colour (Chart.js's default is a faint grey).
					y: { ticks: { color: c.ink, font, autoSkip: false, display: !above }, grid: { display: false }, border: { color: c.ink } },
				},
			},
		});
		repaintBars = (next) =>
			chart.data.datasets.forEach((d, n) => {
				d.backgroundColor = sets[n]!.series.map(next.series);
				if (data.across) d.borderColor = next.paper;
			});
	}

	drawn.push(() => {
		c = colours();
		if (repaintBars) repaintBars(c);
		else
			chart.data.datasets.forEach((d, i) => {
				d.backgroundColor = data.type === 'stacked' ? c.series(data.series[i]!) : data.series.map(c.series);
				d.borderColor = c.paper;
			});
		for (const [axis, scale] of Object.entries(chart.options.scales ?? {})) {
			if (!scale) continue;
			if (scale.ticks) scale.ticks.color = c.ink;
			if (scale.grid) scale.grid.color = c.grid;
			if ('border' in scale && scale.border) scale.border.color = axis === 'y' ? c.ink : c.grid;
		}
		chart.update('none');
	});
}
