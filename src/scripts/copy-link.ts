/**
 * Copy controls. "Copy link": a plain link to the anchor without JavaScript; with it, activating
 * the link also copies the full address and announces it. "Copy the code" (a chart's embed code):
 * hidden without JavaScript (or a clipboard), where the code stays selectable in its box. What a copy
 * does (./copying.ts) loads with the first one: the first screen's JavaScript stays small.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-from]')) button.hidden = !navigator.clipboard;

document.addEventListener('click', (event) => {
	const control = (event.target as Element | null)?.closest?.('a[data-copy-link], button[data-copy-from]');
	if (control && navigator.clipboard) void import('./copying').then((m) => m.copyControl(control));
});
