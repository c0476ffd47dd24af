/**
 * Language links carry the section the reader is on (`#funding`), so switching language keeps
 * the place. The section is the URL hash, or else the last section whose top has scrolled past.
 */
export function currentSectionId(doc: Document): string | undefined {
	const hash = doc.location.hash.slice(1);
	if (hash && doc.getElementById(decodeURIComponent(hash))) return decodeURIComponent(hash);
	let current: string | undefined;
	for (const section of doc.querySelectorAll<HTMLElement>('[data-section]')) {
		if (section.getBoundingClientRect().top <= 120) current = section.id;
	}
	return current;
}

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
