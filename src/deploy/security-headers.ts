/**
 * The HTTP headers of the site, as a `_headers` file for the static hosts that read one (Cloudflare
 * Pages, Netlify), written from the build's real top-level entries (see ./headers-integration.ts).
 *
 * Hosts apply every rule that matches a path, but merge them differently: Netlify replaces a header
 * by a later rule's header of the same name; Cloudflare Pages joins both values with a comma (two
 * CSPs, both enforced). So each header is set by one rule per path, whichever the host:
 * - headers that are the same everywhere (HSTS, nosniff…) only by the site-wide rule `/*`;
 * - the CSP (its frame-ancestors differs) and X-Frame-Options by one rule per top-level entry of the
 *   build, which covers every file of it: `/es/*`, `/embed/*`, `/index.html`, … and `/` itself.
 */

import { withBase } from '../routes/base.ts';
import { embedFolder } from '../routes/paths.ts';

/** The CSP directives of both the pages' `<meta>` (Astro adds script-src and style-src with its hashes) and the header. */
export const cspDirectives = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** The header CSP: scripts and styles are files of the site, nothing inline (a <meta> cannot set framing). */
const csp = (frameAncestors: string) =>
	[...cspDirectives, "script-src 'self'", "style-src 'self'", `frame-ancestors ${frameAncestors}`, 'upgrade-insecure-requests'].join('; ');

const siteWide = {
	'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
};
/** Report pages and everything else: never in another site's frame (clickjacking). */
const notFramable = { 'Content-Security-Policy': csp("'none'"), 'X-Frame-Options': 'DENY' };
/** The chart embeds (docs/reuse.md) are made to be framed by any site. */
const framable = { 'Content-Security-Policy': csp('*') };
const framableFolders = new Set([embedFolder]);
const immutable = { 'Cache-Control': 'public, max-age=31536000, immutable' };

export type Entry = { name: string; folder: boolean };
type Where = { base: string; locales: readonly string[]; assets: string };

/**
 * The `_headers` file for a build whose top level holds `entries`, served under `base`; `assets` is
 * the folder of hashed build files (Astro's `_astro`), cached for good.
 */
export function headersFile(entries: Entry[], { base, locales, assets }: Where): string {
	// A name with a pattern character (`*`, a leading `:`) or a space would make a rule match other paths.
	const odd = entries.filter((e) => !/^[\w.~@-]+$/.test(e.name));
	if (odd.length)
		throw new Error(
			`_headers: cannot write a rule for ${odd.map((e) => `«${e.name}»`).join(', ')} at the top of the build: rename it (letters, digits, . _ ~ @ - only).`,
		);
	const missing = locales.filter((l) => !entries.some((e) => e.folder && e.name === l));
	if (missing.length)
		throw new Error(`_headers: the build has no folder for ${missing.join(', ')}: the report pages of that language are missing.`);

	const rule = (path: string, headers: Record<string, string>) =>
		[withBase(base, path), ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
	const folders = entries.filter((e) => e.folder && e.name !== '_headers');
	const files = entries.filter((e) => !e.folder && e.name !== '_headers');
	// Netlify's `/embed/*` also matches `/embed.js` and `/embedded/…`, and a later rule's header wins
	// there: folders by length, then files, so the most specific rule comes last. A later rule cannot
	// take away an earlier one's X-Frame-Options, so no folder may start the name of a framable one.
	folders.sort((a, b) => a.name.length - b.name.length || a.name.localeCompare(b.name));
	for (const f of folders)
		for (const g of folders)
			if (f !== g && !framableFolders.has(f.name) && framableFolders.has(g.name) && g.name.toLowerCase().startsWith(f.name.toLowerCase()))
				throw new Error(
					`_headers: on Netlify the rule for ${f.name}/ would also refuse frames to ${g.name}/: rename the folder ${f.name}/.`,
				);
	const rules = [
		rule('*', siteWide),
		rule('', notFramable),
		...folders.map((f) =>
			rule(`${f.name}/*`, { ...(framableFolders.has(f.name) ? framable : notFramable), ...(f.name === assets ? immutable : {}) }),
		),
		...files.map((f) => rule(f.name, notFramable)),
	];
	return `# Written by the build (src/deploy/security-headers.ts): edit that, not this file. See docs/deploy.md.\n${rules.join('\n\n')}\n`;
}
