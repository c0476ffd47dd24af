/**
 * On a chart's embed page: tell the host page how tall the chart is, so its iframe fits without a
 * scroll bar (public/embed.js on the host listens; see docs/embed.md). Only a height is sent.
 */
if (window.parent !== window) {
	const post = () =>
		window.parent.postMessage(
			{ type: 'metropolis:embed-height', height: Math.ceil(document.documentElement.getBoundingClientRect().height) },
			'*',
		);
	new ResizeObserver(post).observe(document.documentElement);
}
