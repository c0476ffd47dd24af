import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

/**
 * A static server for `dist/` that sends the headers of `dist/_headers` the way Netlify and
 * Cloudflare Pages do (every matching rule adds its headers), so tests see what hosts send:
 * `astro preview` ignores that file.
 */
export type HeaderRule = { pattern: RegExp; headers: [string, string][] };

export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
			rules.push({ pattern, headers: [] });
		} else {
			const at = line.indexOf(':');
			rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

/** The headers a path gets: every value of every rule that matches it, in file order. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const rule of rules) if (rule.pattern.test(path)) for (const [name, value] of rule.headers) (out[name] ??= []).push(value);
	return out;
}

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

export async function serveDist(dir: string, host = 'localhost'): Promise<{ origin: string; server: Server }> {
	const rules = parseHeaders(readFileSync(join(dir, '_headers'), 'utf8'));
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = normalize(join(dir, path));
		if (!file.startsWith(normalize(dir))) return void res.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = existsSync(file);
		const headers = headersFor(rules, path);
		// No TLS here: the policy's upgrade-insecure-requests would send the page's own files to https.
		if (headers['Content-Security-Policy']) headers['Content-Security-Policy'] = headers['Content-Security-Policy'].map((v) => v.replace(/;\s*upgrade-insecure-requests/, ''));
		res.writeHead(found ? 200 : 404, { 'Content-Type': types[extname(found ? file : '.html')] ?? 'application/octet-stream', ...headers });
		res.end(readFileSync(found ? file : join(dir, '404.html')));
	});
	await new Promise<void>((resolve) => server.listen(0, host, resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no port');
	return { origin: `http://${host}:${address.port}`, server };
}
