import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, LinearScale, Tooltip, type Plugin } from 'chart.js';
import type { ChartData } from '../charts/spec';

// Only what the report's donuts and bars use: keeps the Chart.js chunk small.
Chart.register(DoughnutController, ArcElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const ink = '#14213d';
const family = getComputedStyle(document.body).fontFamily;

/** Writes each bar's value (formatted for the page's language) at its end: labels, not colour alone. */
const barValues = (texts: string[], font: { family: string; size: number }): Plugin<'bar'> => ({
	id: 'barValues',
	afterDatasetsDraw(chart) {
		const { ctx } = chart;
		ctx.save();
		ctx.fillStyle = ink;
		ctx.font = `700 ${font.size}px ${font.family}`;
		ctx.textBaseline = 'middle';
		chart.getDatasetMeta(0).data.forEach((bar, i) => ctx.fillText(texts[i] ?? '', bar.x + 6, bar.y));
		ctx.restore();
	},
});

/** Long category names on several lines, so narrow screens do not cut them. */
const wrap = (label: string, width = 14) =>
	label.split(' ').reduce<string[]>((lines, word) => {
		const last = lines[lines.length - 1];
		if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
		return lines;
	}, []);

export function drawChart(box: HTMLElement, animate: boolean) {
	const data = JSON.parse(box.dataset.chart ?? '{}') as ChartData;
	// Chart.js gives axis labels at most a share of the width: smaller type in narrow boxes keeps them whole.
	const font = { family, size: box.clientWidth < 420 ? 12 : 14 };
	const canvas = document.createElement('canvas');
	canvas.setAttribute('aria-hidden', 'true');
	canvas.className = 'chart-canvas';
	box.append(canvas);
	box.querySelector('.chart-fallback')?.setAttribute('hidden', '');
	const still = !animate || matchMedia('(prefers-reduced-motion: reduce)').matches;
	// Says how it was drawn, for tests and for print styles.
	box.dataset.drawn = still ? 'still' : 'animated';
	const number = new Intl.NumberFormat(data.locale, { maximumFractionDigits: 0 });
	const common = {
		responsive: true,
		maintainAspectRatio: false,
		animation: still ? (false as const) : { duration: 500 },
		locale: data.locale,
		plugins: {
			tooltip: {
				callbacks: { label: (ctx: { dataIndex: number }) => ` ${data.labels[ctx.dataIndex]}: ${data.texts[ctx.dataIndex]}` },
				bodyFont: font,
			},
		},
	};
	const dataset = { data: data.values, backgroundColor: data.colours, borderColor: '#ffffff', borderWidth: 2 };
	if (data.type === 'doughnut') {
		new Chart(canvas, { type: 'doughnut', data: { labels: data.labels, datasets: [dataset] }, options: { ...common, cutout: '58%' } });
		return;
	}
	const max = Math.max(...data.values);
	new Chart(canvas, {
		type: 'bar',
		data: { labels: data.labels.map((l) => wrap(l)), datasets: [{ ...dataset, borderWidth: 0, borderRadius: 3, maxBarThickness: 28 }] },
		plugins: [barValues(data.texts, font)],
		options: {
			...common,
			indexAxis: 'y',
			layout: { padding: { right: 48 } },
			scales: {
				x: { beginAtZero: true, suggestedMax: max, ticks: { precision: 0, color: ink, font, callback: (v) => number.format(Number(v)) }, grid: { color: '#dfe5ee' } },
				// Every category is labelled, even in a short box (Chart.js would skip some).
				y: { ticks: { color: ink, font, autoSkip: false }, grid: { display: false } },
			},
		},
	});
}
