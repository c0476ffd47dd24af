import { describe, expect, it } from 'vitest';
import { isAllowed, refusal, type RequestFacts } from '../../src/dev/editor-origin';

/**
 * Under `npm run edit`, what the dev server answers: the editor's own pages, and nothing another web page
 * asks for (the end-to-end attacks are in tests/e2e/editor-origin.spec.ts).
 */
const own = 'http://127.0.0.1:4322';
const otherPort = 'http://127.0.0.1:5173';

/** The headers a browser sets, by what asks: a page cannot choose them. */
const typed = { site: 'none', mode: 'navigate', dest: 'document' };
const link = (site: 'same-site' | 'cross-site') => ({ site, mode: 'navigate', dest: 'document' });
const sameOrigin = { site: 'same-origin', mode: 'cors', dest: 'empty' };

const cases: [string, RequestFacts, ReturnType<typeof isAllowed>][] = [
	// The editor itself.
	['the editor typed in the address bar', { method: 'GET', url: '/keystatic/', ...typed }, true],
	['a page of the site, from the address bar (HEAD)', { method: 'HEAD', url: '/es/2021/', ...typed }, true],
	['the editor’s scripts', { method: 'GET', url: '/src/middleware.ts', site: 'same-origin', mode: 'cors', dest: 'script' }, true],
	['the editor reading the project tree', { method: 'GET', url: '/api/keystatic/tree', ...sameOrigin }, true],
	['the editor saving', { method: 'POST', url: '/api/keystatic/update', origin: own, ...sameOrigin }, true],
	['the editor deleting', { method: 'DELETE', url: '/api/keystatic/update', origin: own, ...sameOrigin }, true],
	['its preview, opened in a new tab', { method: 'GET', url: '/es/2021/', site: 'same-origin', mode: 'navigate', dest: 'document' }, true],
	['a program on this machine (no browser headers)', { method: 'GET', url: '/keystatic/' }, true],
	['a link to the editor followed from another port', { method: 'GET', url: '/keystatic/', ...link('same-site') }, true],
	['a link to the editor followed from another site', { method: 'GET', url: '/keystatic/', ...link('cross-site') }, true],

	// Another page reading.
	[
		'a CORS read from another port',
		{ method: 'GET', url: '/api/keystatic/tree', origin: otherPort, site: 'same-site', mode: 'cors', dest: 'empty' },
		'another-origin',
	],
	[
		'a CORS read from localhost, even at the editor’s port',
		{ method: 'GET', url: '/src/middleware.ts?raw', origin: 'http://localhost:4322', site: 'cross-site', mode: 'cors', dest: 'empty' },
		'another-origin',
	],
	[
		'a CORS read from a sandboxed frame or a file (origin null)',
		{ method: 'GET', url: '/@fs/home/x/report/package.json?raw', origin: 'null', site: 'cross-site', mode: 'cors', dest: 'empty' },
		'another-origin',
	],
	[
		'a module script of another port',
		{ method: 'GET', url: '/astro.config.mjs?import', origin: otherPort, site: 'same-site', mode: 'cors', dest: 'script' },
		'another-origin',
	],
	[
		'a no-cors fetch from another port',
		{ method: 'GET', url: '/src/middleware.ts?raw', site: 'same-site', mode: 'no-cors', dest: 'empty' },
		'another-site',
	],
	[
		'a classic script of another port',
		{ method: 'GET', url: '/@id/astro:middleware', site: 'same-site', mode: 'no-cors', dest: 'script' },
		'another-site',
	],
	[
		'an image of another site',
		{ method: 'GET', url: '/package.json?url', site: 'cross-site', mode: 'no-cors', dest: 'image' },
		'another-site',
	],
	[
		'a frame of another port (clicks lured into the editor)',
		{ method: 'GET', url: '/keystatic/', site: 'same-site', mode: 'navigate', dest: 'iframe' },
		'another-site',
	],
	[
		'a link from another port to a dev-server tool (it opens files on this machine)',
		{ method: 'GET', url: '/__open-in-editor?file=x', ...link('same-site') },
		'another-site',
	],

	// Another page writing.
	[
		'a CORS save from another port',
		{ method: 'POST', url: '/api/keystatic/update', origin: otherPort, site: 'same-site', mode: 'cors', dest: 'empty' },
		'another-origin',
	],
	[
		'its preflight',
		{ method: 'OPTIONS', url: '/api/keystatic/update', origin: otherPort, site: 'same-site', mode: 'cors', dest: 'empty' },
		'another-origin',
	],
	[
		'a no-cors POST from another port',
		{ method: 'POST', url: '/api/keystatic/update', origin: otherPort, site: 'same-site', mode: 'no-cors', dest: 'empty' },
		'another-origin',
	],
	[
		'a plain HTML form from another port',
		{ method: 'POST', url: '/api/keystatic/update', origin: otherPort, ...link('same-site') },
		'another-origin',
	],
	[
		'a form in a sandboxed frame',
		{ method: 'POST', url: '/api/keystatic/update', origin: 'null', ...link('cross-site') },
		'another-origin',
	],
	['a write without Origin', { method: 'POST', url: '/api/keystatic/update' }, 'write-without-origin'],
	['an OPTIONS without Origin', { method: 'OPTIONS', url: '/api/keystatic/update' }, 'write-without-origin'],
	[
		'a write naming the editor’s origin, from another site',
		{ method: 'POST', url: '/api/keystatic/update', origin: own, site: 'cross-site', mode: 'cors', dest: 'empty' },
		'another-site',
	],
	[
		'a write naming the editor’s origin, from another port',
		{ method: 'PUT', url: '/api/keystatic/update', origin: own, site: 'same-site', mode: 'no-cors', dest: 'empty' },
		'another-site',
	],
];

describe('the dev server under `npm run edit` answers only the editor’s own pages', () => {
	for (const [what, request, verdict] of cases)
		it(`${what}: ${verdict === true ? 'answered' : `refused (${verdict})`}`, () => expect(isAllowed(request, own)).toBe(verdict));
});

describe('a refusal says, in plain words, where the editor is', () => {
	for (const language of ['es', 'en'] as const)
		it(language, () => {
			const texts = (['another-origin', 'another-site', 'write-without-origin'] as const).map((r) => refusal(r, own, otherPort, language));
			for (const text of texts) expect(text).toContain(`${own}/keystatic/`);
			expect(texts[0]).toContain(otherPort);
			expect(new Set(texts).size).toBe(3);
		});
});
