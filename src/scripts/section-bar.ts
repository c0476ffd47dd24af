/**
 * The section bar's chevrons (SectionNav.astro): each shows while the bar has more beyond its end
 * (`data-scroll` on the nav: "start", "end" or both), and a click scrolls the bar on by most of its width.
 */
export function showBarCues(doc: Document) {
	const nav = doc.querySelector<HTMLElement>('.section-nav');
	const bar = nav?.querySelector('ul');
	if (!nav || !bar) return;
	const update = () => {
		// scrollLeft runs from 0 (negative in right-to-left); a pixel of slack for fractional positions.
		const past = Math.abs(bar.scrollLeft);
		const ahead = bar.scrollWidth - bar.clientWidth - past;
		const scroll = [past > 1 && 'start', ahead > 1 && 'end'].filter(Boolean).join(' ');
		if (nav.dataset.scroll !== scroll) nav.dataset.scroll = scroll;
	};
	const forward = getComputedStyle(bar).direction === 'rtl' ? -1 : 1;
	for (const cue of nav.querySelectorAll<HTMLButtonElement>('[data-cue]')) {
		// Hidden from assistive technology, so a click leaves the focus where it was.
		cue.addEventListener('mousedown', (event) => event.preventDefault());
		cue.addEventListener('click', () => {
			const way = cue.dataset.cue === 'end' ? forward : -forward;
			const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
			bar.scrollBy({ left: way * bar.clientWidth * 0.8, behavior: still ? 'instant' : 'smooth' });
		});
	}
	bar.addEventListener('scroll', update, { passive: true });
	// The links' widths change with the window, and once the typeface has arrived.
	const resized = new ResizeObserver(update);
	for (const box of [bar, ...bar.children]) resized.observe(box);
	update();
}
