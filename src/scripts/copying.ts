/**
 * What a copy control does once activated (./copy-link.ts loads this on the first one): copies, then
 * says so, heard (a status line) and, for "Copy the code", seen.
 */
const status = document.querySelector<HTMLElement>('[data-copy-status]');

/** Heard once per copy: the status line (in the page from the start, Base.astro) is emptied, then written, so the same words are said again. */
function announce(words: string) {
	if (!status) return;
	status.textContent = '';
	setTimeout(() => (status.textContent = words), 100);
}

const copy = (text: string, done: () => void) => {
	if (navigator.clipboard) void navigator.clipboard.writeText(text).then(done);
};

/** `control`: a copy-link `<a>` or a copy-code `<button>`, just activated. */
export function copyControl(target: Element) {
	const link = target.closest<HTMLAnchorElement>('a[data-copy-link]');
	if (link)
		copy(link.href, () => {
			link.dataset.copied = '';
			announce(document.documentElement.dataset.copiedText ?? 'OK');
			setTimeout(() => delete link.dataset.copied, 2000);
		});
	const button = target.closest<HTMLButtonElement>('button[data-copy-from]');
	const source = button && document.getElementById(button.dataset.copyFrom ?? '');
	if (button && source instanceof HTMLTextAreaElement)
		copy(source.value, () => {
			announce(button.dataset.copiedText ?? 'OK');
			// Seen as well as heard: the button says it for two seconds (its width kept, so nothing moves).
			const label = button.dataset.label ?? button.textContent ?? '';
			button.dataset.label = label;
			button.style.minWidth = `${button.offsetWidth}px`;
			button.textContent = `✓ ${button.dataset.copiedText ?? 'OK'}`;
			clearTimeout(Number(button.dataset.timer));
			button.dataset.timer = String(setTimeout(() => (button.textContent = label), 2000));
		});
}
