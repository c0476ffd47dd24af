/**
 * "Copy link" controls: a plain link to the anchor without JavaScript; with it, activating the link
 * also copies the full address (same page, same language) and announces it.
 */
const announcer = document.createElement('p');
announcer.className = 'sr-only';
announcer.setAttribute('role', 'status');
document.body.append(announcer);

document.addEventListener('click', (event) => {
	const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-copy-link]');
	if (!link || !navigator.clipboard) return;
	void navigator.clipboard.writeText(link.href).then(() => {
		link.dataset.copied = '';
		announcer.textContent = document.documentElement.dataset.copiedText ?? 'OK';
		setTimeout(() => delete link.dataset.copied, 2000);
	});
});
