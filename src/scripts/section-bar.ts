/**
 * The section bar's chevrons (SectionNav.astro): each shows while the bar has more beyond its end
 * (`data-scroll` on the nav: "start", "end" or both), and a click scrolls the bar on by most of its width.
 * Kept small: it loads with the first screen (the site is written left to right only).
 */
export function showBarCues(doc: Document) {
	const nav = doc.querySelector<HTMLElement>('.section-nav');
	const bar = nav?.querySelector('ul');
	if (!nav || !bar) return;
	// A pixel of slack for fractional positions.
	const update = () =>
		(nav.dataset.scroll = `${bar.scrollLeft > 1 ? 'start' : ''} ${bar.scrollWidth - bar.clientWidth - bar.scrollLeft > 1 ? 'end' : ''}`);
	const cueOf = (event: Event) => (event.target as Element).closest<HTMLElement>('[data-cue]');
	// Hidden from assistive technology, so a click leaves the focus where it was.
	nav.addEventListener('mousedown', (event) => cueOf(event) && event.preventDefault());
	nav.addEventListener('click', (event) => {
		const cue = cueOf(event);
		const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
		if (cue) bar.scrollBy({ left: (cue.dataset.cue === 'end' ? 0.8 : -0.8) * bar.clientWidth, behavior: still ? 'instant' : 'smooth' });
	});
	bar.addEventListener('scroll', update, { passive: true });
	// The links' widths change with the window, and once the typeface has arrived.
	addEventListener('resize', update);
	void doc.fonts.ready.then(update);
	update();
}
