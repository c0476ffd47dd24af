// The files that the pages of a build link and the build did not write (a PDF when no Chromium made
// it, a renamed download…). Pure: given each page's HTML and the list of files, it answers;
// scripts/check-dist.mjs reads a build folder and says what to do.

/** Attributes whose value is an address a browser loads or a reader follows. */
const attributes = /\s(href|src|srcset|content)="([^"]*)"/g;
const entities = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'" };
const decode = (/** @type {string} */ s) =>
	s.replace(/&(amp|quot|apos|lt|gt|#39);/g, (_, e) => entities[/** @type {keyof typeof entities} */ (e)]);

/**
 * The addresses in a page, with their line. `content` counts only as an absolute address (og:image…).
 * @param {string} html
 */
export function linksOf(html) {
	/** @type {{ link: string, line: number }[]} */
	const links = [];
	for (const m of html.matchAll(attributes)) {
		const [, attr = '', raw = ''] = m;
		const value = decode(raw).trim();
		if (attr === 'content' && !/^https?:\/\//i.test(value)) continue;
		const line = html.slice(0, m.index).split('\n').length;
		const values = attr === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
		for (const link of values) if (link) links.push({ link, line });
	}
	return links;
}

/**
 * Links to this site whose file is not in the build. Other sites (and other paths of the site's
 * domain, given in full), `#anchors`, `mailto:`, `tel:` and `data:` are not files of the build.
 * @param {{ file: string, html: string }[]} pages  HTML files, relative to the build folder, with `/`
 * @param {Set<string>} files  every file of the build, in the same form
 * @param {{ base: string, site: string }} where  the base path (`/`, `/informe-anual/`) and the site's address
 * @returns {{ page: string, line: number, link: string, missing: string }[]}
 */
export function missingTargets(pages, files, { base, site }) {
	const origin = new URL(site).origin;
	const missing = [];
	for (const { file, html } of pages) {
		const pageUrl = new URL(base + file.replace(/(^|\/)index\.html$/, '$1'), origin);
		for (const { link, line } of linksOf(html)) {
			if (/^(#|mailto:|tel:|data:)/i.test(link)) continue;
			let path;
			try {
				const url = new URL(link, pageUrl);
				if (url.origin !== origin) continue;
				path = decodeURIComponent(url.pathname);
			} catch {
				missing.push({ page: file, line, link, missing: '(not an address)' });
				continue;
			}
			if (!path.startsWith(base)) {
				// A full address there is another part of the same domain (the site lives under its base path);
				// a path there is one this build meant to serve and forgot the base path for.
				if (!/^https?:\/\//i.test(link)) missing.push({ page: file, line, link, missing: `${path} (outside the base path ${base})` });
				continue;
			}
			const target = path.slice(base.length);
			// `/es/2021/` is served from its index.html; `/es/2021` too (hosts redirect it).
			const candidates = target === '' || target.endsWith('/') ? [`${target}index.html`] : [target, `${target}/index.html`];
			if (!candidates.some((c) => files.has(c))) missing.push({ page: file, line, link, missing: candidates[0] ?? target });
		}
	}
	return missing;
}
