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
import { palette } from '../charts/palette';
import { wrap } from '../charts/wrap';

// Only what the report's donuts and bars use: keeps the Chart.js chunk small.
Chart.register(DoughnutController, ArcElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const family = getComputedStyle(document.body).fontFamily;

/**
 * The colours of the reader's current scheme, from the page's CSS custom properties (light, dark or
 * the system colours of forced-colours mode), read once per scheme: reading styles is not free.
 */
type Colours = { ink: string; grid: string; paper: string; series: (n: number) => string };
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
	cached = { ink, grid, paper, series: (n) => series[n % series.length]! };
	return cached;
}

/** Writes each bar's value (formatted for the page's language) at its end: labels, not colour alone. */
const barValues = (texts: string[], font: { family: string; size: number }, ink: () => string): Plugin<'bar'> => ({
	id: 'barValues',
	afterDatasetsDraw(chart) {
		const { ctx } = chart;
		ctx.save();
		ctx.fillStyle = ink();
		ctx.font = `700 ${font.size}px ${font.family}`;
		ctx.textBaseline = 'middle';
		chart.getDatasetMeta(0).data.forEach((bar, i) => ctx.fillText(texts[i] ?? '', bar.x + 6, bar.y));
		ctx.restore();
	},
});

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
	const tooltip = (label: (i: number) => string) => ({
		callbacks: { label: (ctx: { dataIndex: number; datasetIndex: number }) => label(ctx.dataIndex + ctx.datasetIndex) },
		bodyFont: font,
	});
	const rowText = (i: number) => ` ${data.labels[i]}: ${data.texts[i]}`;

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
		const max = Math.max(...data.values);
		// Room for the widest value at the end of its bar ("1.200.000 €" was cut).
		const measure = document.createElement('canvas').getContext('2d')!;
		measure.font = `700 ${font.size}px ${family}`;
		const valueRoom = Math.ceil(Math.max(...data.texts.map((t) => measure.measureText(t).width))) + 12;
		// Each category's name beside its bar, wrapped by measured width to the share Chart.js gives the
		// axis; where a word of a name is wider than that share (a phone, long words), every name goes above
		// its bar, on the chart's whole width (beside, long words were cut at the canvas's edge). The rows are
		// made tall enough for the lines (three-line names overlapped in a box sized for one or two).
		measure.font = `${font.size}px ${family}`;
		const beside = Math.max(Math.min(box.clientWidth * 0.3, (box.clientWidth - valueRoom) / 2 - 12), font.size * 5);
		const widest = Math.max(...data.labels.flatMap((l) => l.split(/\s+/)).map((w) => measure.measureText(w).width));
		const above = widest > beside;
		const labelRoom = above ? box.clientWidth - 8 : beside;
		const labels = data.labels.map((l) => wrap(l, labelRoom, Infinity, (t) => measure.measureText(t).width));
		const lines = Math.max(...labels.map((l) => l.length));
		const lineHeight = font.size * 1.25;
		const thickness = Math.min(28, font.size * 1.6);
		// Above: the bar sits in the middle of its row, its name in the half over it.
		const row = above ? 2 * (lines * lineHeight + 6) + thickness : lines * lineHeight + 10;
		const needed = data.values.length * row + font.size * 2.5 + 16;
		if (box.clientHeight < needed) box.style.minHeight = `${Math.ceil(needed)}px`;
		// Says, from the chart's own layout, what does not fit (for tests): a value past the canvas's edge,
		// a name wider than its axis, names above their bars that run into the previous row.
		const fits: Plugin<'bar'> = {
			id: 'fits',
			afterRender(drawnChart) {
				measure.font = `700 ${font.size}px ${family}`;
				const bars = drawnChart.getDatasetMeta(0).data;
				const problems = bars.flatMap((bar, i) => {
					const out = bar.x + 6 + measure.measureText(data.texts[i] ?? '').width - drawnChart.width;
					return out > 1 ? [`value ${i} past the edge by ${Math.round(out)} px`] : [];
				});
				measure.font = `${font.size}px ${family}`;
				const widest = Math.max(...labels.flat().map((l) => measure.measureText(l).width));
				if (!above && widest > drawnChart.scales.y!.width)
					problems.push(`names ${Math.round(widest)} px on an axis of ${Math.round(drawnChart.scales.y!.width)} px`);
				if (above)
					bars.forEach((bar, i) => {
						const top = bar.y - thickness / 2 - 4 - (labels[i]?.length ?? 1) * lineHeight;
						const floor = i ? bars[i - 1]!.y + thickness / 2 : drawnChart.chartArea.top - 8;
						if (top < floor - 1) problems.push(`name ${i} runs ${Math.round(floor - top)} px into the row above`);
					});
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
					const name = labels[i] ?? [];
					name.forEach((line, n) => ctx.fillText(line, chartArea.left + 4, bar.y - thickness / 2 - 4 - (name.length - 1 - n) * lineHeight));
				});
				ctx.restore();
			},
		};
		chart = new Chart(canvas, {
			type: 'bar',
			data: {
				labels,
				datasets: [
					{
						data: data.values,
						backgroundColor: data.series.map(c.series),
						borderWidth: 0,
						borderRadius: 3,
						...(above ? { barThickness: thickness } : { maxBarThickness: 28 }),
					},
				],
			},
			plugins: [barValues(data.texts, font, () => c.ink), ...(above ? [namesAbove] : []), fits],
			options: {
				...common,
				indexAxis: 'y',
				layout: { padding: { right: valueRoom } },
				plugins: { tooltip: tooltip(rowText) },
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
	}

	drawn.push(() => {
		c = colours();
		chart.data.datasets.forEach((d, i) => {
			d.backgroundColor = data.type === 'stacked' ? c.series(data.series[i]!) : data.series.map(c.series);
			if ('borderColor' in d && data.type !== 'bar') d.borderColor = c.paper;
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
