/**
 * Draws each chart when it nears the viewport. Chart.js is loaded only then (a separate chunk),
 * so a reader who never scrolls to a chart never downloads it. Printing draws every chart first
 * and opens the data tables.
 */
const pending = new Set(document.querySelectorAll<HTMLElement>('[data-chart]'));
let renderer: Promise<typeof import('./chart-render')> | undefined;
const load = () => (renderer ??= import('./chart-render'));

// A chart drawn while the page loads (just below the fold) appears still: animating it would only
// compete with the page's first paint. Once the reader scrolls, charts grow in as they arrive.
let scrolled = false;
addEventListener('scroll', () => (scrolled = true), { once: true, passive: true });

function draw(box: HTMLElement, animate = scrolled) {
	if (!pending.delete(box)) return;
	void load().then((r) => r.drawChart(box, animate));
}

if (pending.size && 'IntersectionObserver' in window) {
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries)
				if (entry.isIntersecting) {
					observer.unobserve(entry.target);
					draw(entry.target as HTMLElement);
				}
		},
		{ rootMargin: '200px 0px' },
	);
	for (const box of pending) observer.observe(box);
}

addEventListener('beforeprint', () => {
	for (const box of [...pending]) draw(box, false);
	for (const details of document.querySelectorAll<HTMLDetailsElement>('details.chart-data')) details.open = true;
});
