import { describe, expect, it } from 'vitest';
import { headersFile, type Entry } from '../../src/deploy/security-headers';
import { headersFor, hosts, pageHeaderProblems, parseHeaders, rulesFor } from '../host-headers';

/**
 * dist/_headers as the build writes it, read the way Netlify and Cloudflare Pages read it: every
 * file of the build gets one CSP and one framing policy (its top-level entry's), whichever way the
 * host merges matching rules, at the root and under a base path.
 */
const entries: Entry[] = [
	{ name: '_astro', folder: true },
	{ name: 'data', folder: true },
	{ name: 'embed', folder: true },
	{ name: 'en', folder: true },
	{ name: 'es', folder: true },
	{ name: 'fr', folder: true },
	// A folder whose name another starts: Netlify's `/embed/*` also matches `/embedded/…`.
	{ name: 'embedded', folder: true },
	{ name: '404.html', folder: false },
	{ name: 'embed.js', folder: false },
	{ name: 'index.html', folder: false },
	{ name: 'robots.txt', folder: false },
];
const locales = ['es', 'en', 'fr'] as const;
/** Paths served from those entries: pages, and the files beside them. */
const paths = (base: string) => ({
	reportPages: ['', 'index.html', '404.html', 'es/', 'es/2021/', 'es/2021/index.html', 'en/2021/', 'fr/2030/', 'embedded/x/'].map(
		(p) => base + p,
	),
	embeds: ['embed/es/2021/funding/', 'embed/fr/2030/team/index.html'].map((p) => base + p),
	files: ['embed.js', 'robots.txt', '_astro/Report.abc123.js', 'es/2021/metropolis-2021-es.pdf', 'data/2021.json'].map((p) => base + p),
});

for (const base of ['/', '/informe-anual/'])
	describe(`_headers for a build under ${base}`, () => {
		const text = headersFile(entries, { base, locales, assets: '_astro' });
		const rules = parseHeaders(text);
		const { reportPages, embeds, files } = paths(base);

		it('starts every rule with the base path', () => {
			expect(rules.length).toBe(2 + entries.length);
			for (const r of rules) expect(r.path.startsWith(base), r.path).toBe(true);
		});

		for (const host of hosts)
			it(`${host}: report pages refuse frames and embeds allow them, each page with the whole strict CSP`, () => {
				for (const path of reportPages) expect(pageHeaderProblems(headersFor(rules, path, host), 'none'), path).toEqual([]);
				for (const path of embeds) expect(pageHeaderProblems(headersFor(rules, path, host), 'any'), path).toEqual([]);
				for (const path of [...reportPages, ...embeds, ...files]) {
					const h = headersFor(rules, path, host);
					// One value each: no second CSP, no doubled site-wide header.
					for (const [name, values] of Object.entries(h)) expect(values, `${path} ${name}`).toHaveLength(1);
				}
				// The hashed build files are cached for good, nothing else is.
				expect(headersFor(rules, `${base}_astro/Report.abc123.js`, host)['Cache-Control']).toEqual(['public, max-age=31536000, immutable']);
				expect(headersFor(rules, `${base}es/2021/`, host)['Cache-Control']).toBeUndefined();
			});

		it('cloudflare: each path matches the site-wide rule and exactly one other (disjoint rules)', () => {
			const { reportPages, embeds, files } = paths(base);
			for (const path of [...reportPages, ...embeds, ...files])
				expect(
					rulesFor(rules, path, 'cloudflare').map((r) => r.path),
					path,
				).toHaveLength(2);
		});
	});

describe('_headers refuses a build it cannot describe', () => {
	it('a top-level name that would be a pattern', () => {
		expect(() => headersFile([...entries, { name: ':x', folder: false }], { base: '/', locales, assets: '_astro' })).toThrow(
			'cannot write a rule for «:x»',
		);
		expect(() => headersFile([...entries, { name: 'a*b', folder: true }], { base: '/', locales, assets: '_astro' })).toThrow('«a*b»');
	});
	it('a folder whose rule would, on Netlify, refuse frames to the embeds', () => {
		expect(() => headersFile([...entries, { name: 'emb', folder: true }], { base: '/', locales, assets: '_astro' })).toThrow(
			'would also refuse frames to embed/',
		);
	});
	it('a language without its folder', () => {
		expect(() =>
			headersFile(
				entries.filter((e) => e.name !== 'fr'),
				{ base: '/', locales, assets: '_astro' },
			),
		).toThrow('no folder for fr');
	});
});

describe('the hand-written _headers of before (kept here as the attack it failed)', () => {
	// Its per-path CSP only carried frame-ancestors: on Netlify it replaced the whole policy.
	const before = parseHeaders(
		`/*\n  Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; upgrade-insecure-requests\n  Strict-Transport-Security: max-age=63072000; includeSubDomains\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n  Permissions-Policy: camera=(), microphone=()\n  Cross-Origin-Opener-Policy: same-origin\n\n/es/*\n  Content-Security-Policy: frame-ancestors 'none'\n  X-Frame-Options: DENY\n`,
	);
	it('fails the Netlify check, passes the Cloudflare one', () => {
		expect(pageHeaderProblems(headersFor(before, '/es/2021/', 'netlify'), 'none')).toEqual([
			"no policy holds the whole strict CSP; it gets: «frame-ancestors 'none'»",
		]);
		expect(pageHeaderProblems(headersFor(before, '/es/2021/', 'cloudflare'), 'none')).toEqual([]);
	});
});
