/**
 * How static hosts apply a `_headers` file (a path pattern on its own line, then indented
 * `Name: value` lines), so that tests see what each host would send, and what a page must get.
 * Both hosts apply every rule whose pattern matches the path; they differ in two ways:
 * - Netlify (@netlify/headers-parser, netlify-cli's headersForPath): a later matching rule's header
 *   replaces an earlier one of the same name; `/dir/*` matches `/dir`, `/dir/…` and also `/dir…`
 *   (`/embed/*` matches `/embed.js`); case-insensitive.
 * - Cloudflare Pages (pages-shared rulesEngine): the values of every matching rule are joined with
 *   ", "; `*` matches anything, the rest of the pattern exactly.
 */
export type Host = 'netlify' | 'cloudflare';
export const hosts: Host[] = ['netlify', 'cloudflare'];

export type HeaderRule = { path: string; netlify: RegExp; cloudflare: RegExp; headers: [string, string][] };

const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('-', '\\x2d');

const netlifyPattern = (path: string) => {
	const parts = path
		.split('/')
		.filter(Boolean)
		.map((p) => (p.startsWith(':') ? '([^/]+)' : p === '*' ? '?(.*)' : escape(p).replaceAll('*', '(.*)')));
	return new RegExp(`^/${parts.join('/')}/?$`, 'iu');
};
const cloudflarePattern = (path: string) =>
	new RegExp(
		`^${path
			.split('*')
			.map(escape)
			.join('.*')
			.replace(/:[A-Za-z]\w*/g, '[^/]+')}$`,
	);

export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const path = line.trim();
			rules.push({ path, netlify: netlifyPattern(path), cloudflare: cloudflarePattern(path), headers: [] });
		} else {
			const at = line.indexOf(':');
			rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

/** The rules that match a path on a host, in file order. */
export const rulesFor = (rules: HeaderRule[], path: string, host: Host) => rules.filter((r) => r[host].test(path));

/**
 * The headers a host sends for a path: per name, the values it joins into one line (Netlify: the
 * last matching rule's; Cloudflare Pages: every matching rule's, in file order).
 */
export function headersFor(rules: HeaderRule[], path: string, host: Host = 'cloudflare'): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const rule of rulesFor(rules, path, host)) {
		const own: Record<string, string[]> = {};
		for (const [name, value] of rule.headers) (own[name] ??= []).push(value);
		for (const [name, values] of Object.entries(own)) out[name] = host === 'netlify' ? values : [...(out[name] ?? []), ...values];
	}
	return out;
}

/**
 * Today's policy, written out here rather than imported from the code that generates `_headers`, so
 * that a weaker generated policy fails. `frame-ancestors` is per path (see pageHeaderProblems).
 */
export const strictCsp: Record<string, string> = {
	'default-src': "'self'",
	'script-src': "'self'",
	'style-src': "'self'",
	'img-src': "'self' data:",
	'font-src': "'self'",
	'connect-src': "'self'",
	'object-src': "'none'",
	'base-uri': "'self'",
	'form-action': "'self'",
	'upgrade-insecure-requests': '',
};
export const siteWide: Record<string, string> = {
	'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

/** CSP header values as the browser reads them: each comma-separated part is a policy, all enforced. */
export const cspPolicies = (values: string[]) =>
	values
		.flatMap((v) => v.split(','))
		.map(
			(policy) =>
				new Map(
					policy
						.split(';')
						.map((d) => d.trim())
						.filter(Boolean)
						.map((d) => [d.split(/\s+/)[0]!.toLowerCase(), d.split(/\s+/).slice(1).join(' ')] as const),
				),
		);

/**
 * What is wrong with the headers an HTML page gets, or []. Every policy a browser receives is
 * enforced, so extra policies can only restrict: the page needs one policy holding the whole strict
 * CSP, and a framing policy: report pages refuse every frame (`'none'` and X-Frame-Options DENY),
 * chart embeds allow any (`frame-ancestors *` in every policy that names it, no X-Frame-Options).
 */
export function pageHeaderProblems(headers: Record<string, string[]>, framing: 'none' | 'any'): string[] {
	const problems: string[] = [];
	const csp = headers['Content-Security-Policy'] ?? [];
	const policies = cspPolicies(csp);
	const complete = policies.some((p) => Object.entries(strictCsp).every(([d, v]) => p.get(d) === v));
	if (!complete) problems.push(`no policy holds the whole strict CSP; it gets: ${csp.map((v) => `«${v}»`).join(' + ') || 'none'}`);
	const ancestors = policies.flatMap((p) => (p.has('frame-ancestors') ? [p.get('frame-ancestors')] : []));
	const xfo = headers['X-Frame-Options'];
	if (framing === 'none') {
		if (!ancestors.includes("'none'")) problems.push(`framable: frame-ancestors ${ancestors.join(', ') || 'missing'}`);
		if (xfo?.join(', ') !== 'DENY') problems.push(`X-Frame-Options ${xfo?.join(', ') ?? 'missing'}, not DENY`);
	} else {
		if (!ancestors.length || ancestors.some((a) => a !== '*'))
			problems.push(`not framable by any site: frame-ancestors ${ancestors.join(', ') || 'missing'}`);
		if (xfo) problems.push(`X-Frame-Options ${xfo.join(', ')} on a page made to be framed`);
	}
	for (const [name, value] of Object.entries(siteWide))
		if (headers[name]?.join(', ') !== value) problems.push(`${name}: ${headers[name]?.join(', ') ?? 'missing'}`);
	if (!headers['Permissions-Policy']?.[0]?.includes('camera=()') || headers['Permissions-Policy'].length !== 1)
		problems.push(`Permissions-Policy: ${headers['Permissions-Policy']?.join(', ') ?? 'missing'}`);
	return problems;
}
