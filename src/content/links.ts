/**
 * Where a link written in the content may lead: the web (`https:`, `http:`), an e-mail address
 * (`mailto:`), a phone number (`tel:`), a page of this site (`/es/2021/`) or a place on the page
 * (`#finanzas`). Anything else is refused: `javascript:`, `vbscript:`, `data:`, `file:`, another
 * host without its scheme (`//example.org`) and relative paths (`informe.pdf`), which break when the
 * page moves.
 *
 * The test reads the address as a browser does: character references decoded (`&#106;` is `j`,
 * `&colon;` is `:`), tabs and line breaks anywhere ignored, spaces and control characters at either
 * end dropped, the scheme in any letter case, `\` taken as `/`.
 */
export type LinkTarget = { href: string; external: boolean };

const schemes = ['https:', 'http:', 'mailto:', 'tel:'];

const named: Record<string, string> = {
	colon: ':', Tab: '\t', NewLine: '\n', sol: '/', bsol: '\\', period: '.', amp: '&', lpar: '(', rpar: ')',
	quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0', num: '#', quest: '?', equals: '=', percnt: '%',
};

/** Numeric and the common named character references, decoded until nothing changes (`&amp;#106;` too). */
function decodeReferences(text: string): string {
	for (let i = 0; i < 5; i++) {
		const next = text.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([A-Za-z]+));?/g, (whole, dec?: string, hex?: string, name?: string) => {
			if (name) return named[name] ?? whole;
			const code = dec ? Number(dec) : parseInt(hex!, 16);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
		});
		if (next === text) return text;
		text = next;
	}
	return text;
}

/** The address as a browser reads it. */
export function readAddress(url: string): string {
	return decodeReferences(url)
		.replace(/[\t\n\r]/g, '')
		.replace(/^[\u0000-\u0020\u00a0\u007f-\u009f]+|[\u0000-\u0020\u00a0\u007f-\u009f]+$/g, '');
}

/** The link a content address makes, or undefined when it may not be one. */
export function linkTarget(url: string): LinkTarget | undefined {
	const href = readAddress(url);
	if (/[\u0000-\u001f\u007f-\u009f]/.test(href)) return undefined;
	if (href.startsWith('#')) return { href, external: false };
	// `/x` is this site; `//x` and `/\x` are another host (browsers read `\` as `/` in web addresses).
	if (href.startsWith('/')) return /^\/[/\\]/.test(href) || href.includes('\\') ? undefined : { href, external: false };
	const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(href)?.[1]?.toLowerCase();
	if (!scheme || !schemes.includes(`${scheme}:`)) return undefined;
	if (scheme === 'http' || scheme === 'https') {
		if (href.includes('\\')) return undefined;
		try {
			if (!new URL(href).hostname) return undefined;
		} catch {
			return undefined;
		}
		return { href, external: true };
	}
	return { href, external: false };
}

/** A web page address (a licence's text): `https:` or `http:` only. */
export const isWebAddress = (url: string) => linkTarget(url)?.external === true;
