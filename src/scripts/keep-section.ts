/**
 * Whether the address's `#anchor` is still where the reader is: true after following a link (or
 * opening one), false once the reader scrolls by hand (wheel, touch, keys): from then on it is stale.
 */
let anchorFresh = true;
if (typeof window !== 'undefined') {
	addEventListener('hashchange', () => (anchorFresh = true));
	for (const type of ['wheel', 'touchmove'] as const) addEventListener(type, () => (anchorFresh = false), { passive: true });
	addEventListener('keydown', (e) => {
		if (['PageDown', 'PageUp', 'ArrowDown', 'ArrowUp', 'Home', 'End', ' '].includes(e.key)) anchorFresh = false;
	});
}

/**
 * The section the reader is in: the one the address points to while fresh or on screen, else the
 * last section whose top has passed a reading line a third down the screen; none above the first.
 */
export function currentSectionId(doc: Document): string | undefined {
	const bar = doc.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0;
	const view = doc.defaultView!;
	const hash = decodeURIComponent(doc.location.hash.slice(1));
	// A section or a chart (`#finanzas-chart`): the same anchor exists in every language.
	const target = hash ? doc.getElementById(hash) : null;
	if (target) {
		const { top, bottom } = target.getBoundingClientRect();
		if (anchorFresh || (top < view.innerHeight && bottom > bar)) return target.id;
	}
	const line = bar + (view.innerHeight - bar) / 3;
	let current: string | undefined;
	for (const section of doc.querySelectorAll<HTMLElement>('[data-section]'))
		if (section.getBoundingClientRect().top <= line) current = section.id;
	return current;
}

/** Language links carry the section in view (`#finanzas`), so switching language keeps the place. */
export function keepSection(doc: Document) {
	doc.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-keep-section]');
		if (!link) return;
		const id = currentSectionId(doc);
		const url = new URL(link.href);
		url.hash = id ? `#${id}` : '';
		link.href = url.href;
	});
}

/**
 * Marks the section navigation's link to the section in view (`aria-current="location"`) and
 * scrolls the bar, on phones, so that link is visible (or back to its start above the first section).
 * A link tabbed to comes whole into view too (the browser leaves one that is half in view as it is).
 */
export function markCurrentSection(doc: Document) {
	const links = [...doc.querySelectorAll<HTMLAnchorElement>('.section-nav a')];
	if (!links.length) return;
	const bar = links[0]!.closest('ul')!;
	const reveal = (link: HTMLAnchorElement) => {
		const left = link.offsetLeft - bar.offsetLeft;
		// Clear of the chevrons at the bar's ends (SectionNav.astro): as wide as the bar's scroll padding.
		const clear = parseFloat(getComputedStyle(bar).scrollPaddingInlineStart) || 0;
		if (left < bar.scrollLeft + clear || left + link.offsetWidth > bar.scrollLeft + bar.clientWidth - clear)
			bar.scrollTo({ left: left - clear });
	};
	bar.addEventListener('focusin', (event) => {
		const link = (event.target as Element).closest('a');
		if (link) reveal(link);
	});
	let shown: string | undefined;
	let queued = false;
	const update = () => {
		queued = false;
		const found = currentSectionId(doc);
		// A chart's anchor marks the section it is in.
		const id = found ? doc.getElementById(found)?.closest('[data-section]')?.id : undefined;
		if (id === shown) return;
		shown = id;
		// Back above the first section: the bar starts at its beginning again.
		if (!id) bar.scrollTo({ left: 0 });
		for (const link of links) {
			if (link.hash === `#${id}`) {
				link.setAttribute('aria-current', 'location');
				reveal(link);
			} else link.removeAttribute('aria-current');
		}
	};
	const queue = () => {
		if (queued) return;
		queued = true;
		requestAnimationFrame(update);
	};
	addEventListener('scroll', queue, { passive: true });
	addEventListener('resize', queue);
	update();
}
