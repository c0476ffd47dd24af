import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { messageLanguage, type MessageLanguage } from '../content/language';

/**
 * Under `npm run edit`, the dev server answers the editor's own pages (http://127.0.0.1:<port>) and no other
 * web page open on this machine. Vite approves CORS for any localhost origin, and Astro lets through whatever
 * comes from the same site, which includes every other port of 127.0.0.1: a page served there (a local dev
 * server, a notebook, a downloaded HTML file) could read the project's tree and sources (/@fs/…, ?raw) and
 * write the report through Keystatic's API.
 */

/** What the answer depends on: the method, the path, and headers that the browser sets (a page cannot forge them). */
export type RequestFacts = {
	method: string;
	url: string;
	/** The page that asks; `null` for a sandboxed frame or a file. Sent on every write, and on CORS requests to another origin. */
	origin?: string | undefined;
	/** Sec-Fetch-Site, -Mode and -Dest: absent outside browsers. */
	site?: string | undefined;
	mode?: string | undefined;
	dest?: string | undefined;
};

export type Refusal = 'another-origin' | 'another-site' | 'write-without-origin';

export function isAllowed({ method, url, origin, site, mode, dest }: RequestFacts, own: string): true | Refusal {
	if (origin !== undefined && origin !== own) return 'another-origin';
	const write = method !== 'GET' && method !== 'HEAD';
	if (write && origin === undefined) return 'write-without-origin';
	// `none`: the address bar or a bookmark; `same-origin`: the editor's own pages; absent: a program, not a web page.
	if (site === undefined || site === 'none' || site === 'same-origin') return true;
	// From another page, only a link followed to a page in the window, whose answer that page cannot read: not a
	// frame (clicks lured into the editor), not a dev-server tool (/__open-in-editor opens files on this machine).
	if (!write && mode === 'navigate' && dest === 'document' && !url.startsWith('/__')) return true;
	return 'another-site';
}

const refusals: Record<MessageLanguage, (own: string, origin?: string) => Record<Refusal, string>> = {
	es: (own, origin) => ({
		'another-origin': `Rechazado: el editor solo responde a sus propias páginas (${own}/keystatic/), y esta petición venía de otra (${origin}).`,
		'another-site': `Rechazado: el editor solo responde a sus propias páginas (${own}/keystatic/), y esta petición venía de otra.`,
		'write-without-origin': `Rechazado: el editor solo acepta cambios de sus propias páginas (${own}/keystatic/), y este no dice de dónde viene.`,
	}),
	en: (own, origin) => ({
		'another-origin': `Refused: the editor answers only its own pages (${own}/keystatic/), and this request came from another (${origin}).`,
		'another-site': `Refused: the editor answers only its own pages (${own}/keystatic/), and this request came from another.`,
		'write-without-origin': `Refused: the editor takes changes only from its own pages (${own}/keystatic/), and this one does not say where it comes from.`,
	}),
};

export const refusal = (why: Refusal, own: string, origin?: string, language = messageLanguage()) => refusals[language](own, origin)[why];

/** A header as one string (a repeated header, joined, matches nothing). */
const header = (req: IncomingMessage, name: string) => {
	const value = req.headers[name];
	return Array.isArray(value) ? value.join(', ') : value;
};

/** The Vite plugin: a guard in front of every other middleware, which refuses with 403 and a short plain message. */
export function editorOrigin(own: string): Plugin {
	return {
		name: 'metropolis-editor-origin',
		configureServer: {
			// Vite's CORS middleware (which answers preflights) comes before every plugin's, and Astro puts its own at
			// the front once the plugins are set up (its post hook): this one goes in front of them all, after them.
			order: 'post',
			handler: (server) => () =>
				void server.middlewares.stack.unshift({
					route: '',
					handle: (req: IncomingMessage, res: ServerResponse, next: () => void) => {
						const origin = header(req, 'origin');
						const facts = {
							method: req.method ?? 'GET',
							url: req.url ?? '/',
							origin,
							site: header(req, 'sec-fetch-site'),
							mode: header(req, 'sec-fetch-mode'),
							dest: header(req, 'sec-fetch-dest'),
						};
						const verdict = isAllowed(facts, own);
						if (verdict === true) return next();
						const text = refusal(verdict, own, origin);
						// In the terminal too: what was refused, should it be something staff did.
						server.config.logger.warn(`403 ${facts.method} ${facts.url.slice(0, 120)} · ${text}`, { timestamp: true });
						res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end(text);
					},
				}),
		},
	};
}
