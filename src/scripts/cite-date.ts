/** Citations (src/components/Citation.astro) end with the day of reading, in the page's language. */
const day = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'long' }).format(new Date());
for (const span of document.querySelectorAll<HTMLElement>('[data-accessed]')) {
	span.textContent = (span.dataset.accessed ?? '').replace('%DATE%', day);
	span.hidden = false;
}
