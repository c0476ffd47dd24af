/*
 * Metropolis annual report · chart embeds. Optional: fits each embedded chart's iframe to its
 * height (the chart page reports it with postMessage). Add once per page, after the iframes:
 *   <script src="https://report.metropolis.org/embed.js" async></script>
 * It only sets the height of iframes showing our charts, and only on messages from this site.
 */
(function () {
	var script = document.currentScript;
	var origin = script ? new URL(script.src).origin : '';
	window.addEventListener('message', function (event) {
		var data = event.data;
		if (event.origin !== origin || !data || data.type !== 'metropolis:embed-height' || typeof data.height !== 'number') return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++)
			if (frames[i].contentWindow === event.source) frames[i].style.height = Math.min(Math.max(data.height, 100), 4000) + 'px';
	});
})();
