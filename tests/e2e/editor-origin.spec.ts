import { request as httpRequest, createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { startEditCopy } from '../../scripts/edit-copy.mjs';
import { latest } from './project-content';

/**
 * While `npm run edit` runs, another web page on this machine (a local dev server, a notebook, a downloaded
 * HTML file served by a one-line server) must neither read the project through the editor's server nor
 * change the report: the editor answers only its own pages, at http://127.0.0.1:<its port>. Each attack
 * below runs in Chromium from a page served on a second local port (and from `localhost` and from a
 * sandboxed frame, whose origin is `null`).
 */
let project: string;
let base: string;
let stop: (() => void) | undefined;
let log: () => string = () => '';
let other: Server;
let otherPort: number;

test.setTimeout(180_000);

test.beforeAll(async () => {
	test.setTimeout(180_000);
	// The port after editor.spec.ts's (EDIT_PORT).
	({ project, base, stop, log } = await startEditCopy(Number(process.env.EDIT_PORT ?? 4323) + 1));
	// The other page: blank, or holding a sandboxed frame (a page whose origin is `null`).
	other = createServer((req, res) => {
		const frame =
			req.url === '/sandboxed'
				? '<iframe name="sandboxed" sandbox="allow-scripts allow-forms" srcdoc="<!doctype html><title>frame</title>"></iframe>'
				: '';
		res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>another page</title>${frame}`);
	});
	await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
	otherPort = (other.address() as { port: number }).port;
});

test.afterAll(() => {
	other?.close();
	stop?.();
});

/** Where the attacks come from: another port of 127.0.0.1 (same site), `localhost` (another site), a sandboxed frame (`null`). */
const attackers = {
	'127.0.0.1, another port': async (page: Page) => (await page.goto(`http://127.0.0.1:${otherPort}/`), page.mainFrame()),
	'localhost, another port': async (page: Page) => (await page.goto(`http://localhost:${otherPort}/`), page.mainFrame()),
	'a sandboxed frame (origin null)': async (page: Page) => {
		await page.goto(`http://127.0.0.1:${otherPort}/sandboxed`);
		const frame = await (await page.locator('iframe[name="sandboxed"]').elementHandle())!.contentFrame();
		await frame!.waitForLoadState();
		return frame!;
	},
} satisfies Record<string, (page: Page) => Promise<Frame>>;

/** What the project holds that another page must not read: its tree, its content, its sources, the live-reload token. */
const reads = () => [
	'/api/keystatic/tree',
	`/content/reports/${latest.year}/figures.yaml?raw`,
	'/src/middleware.ts?raw',
	'/src/middleware.ts',
	'/astro.config.mjs?import',
	'/package.json?url',
	`/@fs${project}/keystatic.config.ts?raw`,
	'/@id/astro:middleware',
	'/@vite/client',
	'/keystatic/',
];

/** The status of every response the editor's server gave the page (an opaque or refused response included). */
function statuses(page: Page) {
	const seen = new Map<string, number>();
	page.on('response', (r) => r.url().startsWith(base) && seen.set(r.url().slice(base.length), r.status()));
	return seen;
}

/** A request straight to the editor's server, with the headers given (Host too): status, headers, body. */
function ask(path: string, headers: Record<string, string>, method = 'GET', body = '') {
	return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
		const url = new URL(base);
		const req = httpRequest({ host: url.hostname, port: url.port, path, method, headers }, (res) => {
			let text = '';
			res.setEncoding('utf8').on('data', (d: string) => (text += d));
			res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
		});
		req.on('error', reject).end(body);
	});
}

const pageFile = (locale: string) => join(project, 'content', 'reports', String(latest.year), `${locale}.mdx`);

/** Keystatic's own save: es.mdx replaced, fr.mdx deleted. */
const update = () =>
	JSON.stringify({
		additions: [{ path: `content/reports/${latest.year}/es.mdx`, contents: Buffer.from('pwned\n').toString('base64url') }],
		deletions: [{ path: `content/reports/${latest.year}/fr.mdx` }],
	});

/** The report's pages as they are on disk, to check that an attack wrote nothing. */
const onDisk = () => ({ es: readFileSync(pageFile('es'), 'utf8'), fr: existsSync(pageFile('fr')) });

for (const [from, open] of Object.entries(attackers)) {
	test(`another page (${from}) reads nothing, with or without CORS`, async ({ page }) => {
		const seen = statuses(page);
		const frame = await open(page);
		const urls = reads().map((path) => base + path);
		// A CORS read (with the header Keystatic asks for: a preflight first).
		const read = await frame.evaluate(
			(urls) =>
				Promise.all(
					urls.map((url) =>
						fetch(url, { headers: url.includes('/api/keystatic/') ? { 'no-cors': '1' } : {} }).then(
							async (r) => `${url}: read ${r.status} «${(await r.text()).slice(0, 60)}»`,
							() => `${url}: refused`,
						),
					),
				),
			urls,
		);
		expect(read).toEqual(urls.map((url) => `${url}: refused`));
		// A no-cors read: unreadable by the page, but the server must not have served it either.
		seen.clear();
		await frame.evaluate((urls) => Promise.all(urls.map((url) => fetch(url, { mode: 'no-cors' }).catch(() => undefined))), urls);
		expect(Object.fromEntries(seen)).toEqual(Object.fromEntries(reads().map((path) => [path, 403])));
	});
}

test('another page cannot load the project as scripts (module or classic)', async ({ page }) => {
	const seen = statuses(page);
	const frame = await attackers['127.0.0.1, another port'](page);
	const script = (url: string, type: string) =>
		frame.evaluate(
			({ url, type }) =>
				new Promise<string>((resolve) => {
					const s = document.createElement('script');
					if (type) s.type = type;
					s.src = url;
					s.onload = () => resolve(`${url}: loaded`);
					s.onerror = () => resolve(`${url}: refused`);
					document.head.append(s);
				}),
			{ url, type },
		);
	// Each address asked for once (a module is fetched once per address).
	const modules = ['/src/middleware.ts?raw', `/content/reports/${latest.year}/es.mdx?raw`, '/astro.config.mjs?import', '/@vite/client'];
	for (const path of modules) expect(await script(base + path, 'module')).toBe(`${base + path}: refused`);
	// A classic script needs no CORS approval (the page runs it, and cannot read it): the server must not serve it.
	seen.clear();
	const classic = [
		'/src/middleware.ts',
		`/content/reports/${latest.year}/figures.yaml?raw`,
		'/keystatic.config.ts?import',
		'/@id/astro:middleware',
	];
	for (const path of classic) expect(await script(base + path, '')).toBe(`${base + path}: refused`);
	expect(Object.fromEntries(seen)).toEqual(Object.fromEntries(classic.map((p) => [p, 403])));
	// What a module would have given the page: a file's text.
	const text = await frame.evaluate(
		(url) =>
			import(url).then(
				(m) => String(m.default).slice(0, 60),
				() => 'refused',
			),
		`${base}/keystatic.config.ts?raw`,
	);
	expect(text).toBe('refused');
});

test('another page cannot open the editor’s live-reload channel', async ({ page }) => {
	const frame = await attackers['127.0.0.1, another port'](page);
	const opened = await frame.evaluate(async (base) => {
		// The channel asks for a token that its client script holds.
		const client = await fetch(`${base}/@vite/client`).then(
			(r) => r.text(),
			() => '',
		);
		const token = /wsToken = "([^"]*)"/.exec(client)?.[1] ?? '';
		return new Promise<string>((resolve) => {
			const ws = new WebSocket(`${base.replace('http', 'ws')}/?token=${token}`, 'vite-hmr');
			ws.onopen = () => resolve(`open (token ${token})`);
			ws.onerror = () => resolve('refused');
		});
	}, base);
	expect(opened).toBe('refused');
});

for (const [from, open] of Object.entries(attackers))
	test(`another page (${from}) changes nothing through the editor’s API, with or without CORS`, async ({ page }) => {
		const before = onDisk();
		const seen = statuses(page);
		const frame = await open(page);
		const url = `${base}/api/keystatic/update`;
		// As the editor saves: JSON, with Keystatic's header (a CORS request, after a preflight).
		const saved = await frame.evaluate(
			({ url, body }) =>
				fetch(url, { method: 'POST', headers: { 'no-cors': '1', 'content-type': 'application/json' }, body }).then(
					(r) => `saved: ${r.status}`,
					() => 'refused',
				),
			{ url, body: update() },
		);
		expect(saved).toBe('refused');
		// Without CORS: the page cannot read the answer, but the request reaches the server.
		seen.clear();
		await frame.evaluate(({ url, body }) => fetch(url, { method: 'POST', mode: 'no-cors', body }).catch(() => undefined), {
			url,
			body: update(),
		});
		expect([...seen.values()]).toEqual([403]);
		expect(onDisk()).toEqual(before);
	});

test('a plain HTML form from another page changes nothing, and gets a short plain refusal', async ({ page }) => {
	const before = onDisk();
	const frame = await attackers['127.0.0.1, another port'](page);
	const url = `${base}/api/keystatic/update`;
	// A text/plain form whose one field spells the JSON body: `name=value` is `{…,"x":"` + `=` + `"}`.
	const [answer] = await Promise.all([
		page.waitForResponse(url),
		frame.evaluate(
			({ url, name }) => {
				const form = Object.assign(document.createElement('form'), { method: 'post', action: url, enctype: 'text/plain' });
				const field = Object.assign(document.createElement('input'), { type: 'hidden', name, value: '"}' });
				form.append(field);
				document.body.append(form);
				form.submit();
			},
			{ url, name: `${update().slice(0, -1)},"x":"` },
		),
	]);
	expect(answer.status()).toBe(403);
	expect(answer.headers()['content-type']).toMatch(/^text\/plain/);
	expect(await answer.text()).toContain(`${base}/keystatic/`);
	expect(onDisk()).toEqual(before);
});

test('another page cannot frame the editor (to lure clicks into it), but a link to it opens it', async ({ page }) => {
	const frame = await attackers['127.0.0.1, another port'](page);
	const [framed] = await Promise.all([
		page.waitForResponse(`${base}/keystatic/`),
		frame.evaluate((url) => document.body.append(Object.assign(document.createElement('iframe'), { src: url })), `${base}/keystatic/`),
	]);
	expect(framed.status()).toBe(403);
	// A link to the editor, followed: a page of its own, which works (its scripts, its list of content).
	await frame.evaluate(
		(url) => document.body.append(Object.assign(document.createElement('a'), { href: url, textContent: 'editor' })),
		`${base}/keystatic/`,
	);
	await page.getByRole('link', { name: 'editor' }).click();
	await expect(page).toHaveURL(`${base}/keystatic/`);
	await expect(page.getByRole('link', { name: 'Cifras' }).first()).toBeVisible({ timeout: 60_000 });
});

test('the server refuses, outside a browser too: writes without their origin, requests from other sites, other hosts', async () => {
	const before = onDisk();
	const write = { 'no-cors': '1', 'content-type': 'application/json' };
	const own = base;
	const [api, source] = ['/api/keystatic/update', '/src/middleware.ts?raw'];
	const cases: [string, string, string, Record<string, string>][] = [
		['a write without Origin', 'POST', api, write],
		['a write from another site', 'POST', api, { ...write, origin: own, 'sec-fetch-site': 'cross-site' }],
		['a write from another port', 'POST', api, { ...write, origin: own, 'sec-fetch-site': 'same-site' }],
		['a write from another origin', 'DELETE', api, { origin: `http://127.0.0.1:${otherPort}` }],
		[
			'a preflight from another port',
			'OPTIONS',
			api,
			{
				origin: `http://127.0.0.1:${otherPort}`,
				'access-control-request-method': 'POST',
				'access-control-request-headers': 'no-cors,content-type',
			},
		],
		[
			'a preflight from localhost',
			'OPTIONS',
			api,
			{ origin: `http://localhost:${new URL(base).port}`, 'access-control-request-method': 'POST' },
		],
		['a read from origin null', 'GET', source, { origin: 'null' }],
		['a read from localhost', 'GET', source, { origin: `http://localhost:${otherPort}` }],
		[
			'a read for a script of another port',
			'GET',
			source,
			{ 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'script' },
		],
		// DNS rebinding: a name of the attacker's that points to 127.0.0.1 (Vite's own check refuses it).
		['another host', 'GET', source, { host: `evil.example:${new URL(base).port}` }],
	];
	const answers: string[] = [];
	for (const [what, method, path, headers] of cases) {
		const r = await ask(path, headers, method, method === 'POST' ? update() : '');
		const by = r.body.includes(`${base}/keystatic/`)
			? 'the editor'
			: r.body.startsWith('Blocked request')
				? 'Vite'
				: `«${r.body.slice(0, 60)}»`;
		const cors = r.headers['access-control-allow-origin'];
		answers.push(`${what}: ${r.status} from ${by}${cors ? `, CORS allowed for ${cors}` : ''}`);
	}
	expect(answers).toEqual(cases.map(([what]) => `${what}: 403 from ${what === 'another host' ? 'Vite' : 'the editor'}`));
	expect(onDisk()).toEqual(before);
	// The editor's own requests pass: a (bad) save reaches Keystatic, which answers it; a read is served.
	expect((await ask('/api/keystatic/update', { ...write, origin: own, 'sec-fetch-site': 'same-origin' }, 'POST', '{}')).status).toBe(400);
	expect(
		(await ask('/src/middleware.ts?raw', { 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors', 'sec-fetch-dest': 'empty' })).status,
	).toBe(200);
	expect(
		(await ask('/keystatic/', { 'sec-fetch-site': 'none', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' })).status,
		log(),
	).toBe(200);
});
