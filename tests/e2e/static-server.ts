import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeaders, type Host } from '../host-headers';

export { headersFor, parseHeaders };

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.pdf': 'application/pdf',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

/**
 * A static server for `dist/` that sends the headers of `dist/_headers` the way a host does
 * (Cloudflare Pages unless told: see tests/host-headers.ts), so tests see what readers get:
 * `astro preview` ignores that file.
 */
export async function serveDist(dir: string, host = 'localhost', merge: Host = 'cloudflare'): Promise<{ origin: string; server: Server }> {
	const rules = parseHeaders(readFileSync(join(dir, '_headers'), 'utf8'));
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = normalize(join(dir, path));
		if (!file.startsWith(normalize(dir))) return void res.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = existsSync(file);
		const headers = Object.fromEntries(Object.entries(headersFor(rules, path, merge)).map(([name, values]) => [name, values.join(', ')]));
		// No TLS here: the policy's upgrade-insecure-requests would send the page's own files to https.
		if (headers['Content-Security-Policy'])
			headers['Content-Security-Policy'] = headers['Content-Security-Policy'].replace(/;\s*upgrade-insecure-requests/g, '');
		res.writeHead(found ? 200 : 404, { 'Content-Type': types[extname(found ? file : '.html')] ?? 'application/octet-stream', ...headers });
		res.end(readFileSync(found ? file : join(dir, '404.html')));
	});
	await new Promise<void>((resolve) => server.listen(0, host, resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no port');
	return { origin: `http://${host}:${address.port}`, server };
}

/** Another site on 127.0.0.1 (another origin to a browser than localhost or another port): it serves the page `html()` gives. */
export async function servePartner(html: () => string): Promise<{ origin: string; server: Server }> {
	const server = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html()));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server };
}
