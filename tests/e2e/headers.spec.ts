import { readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { chartsOf, dist, latest, locales, yearPath } from './site';
import { watch } from './helpers';
import { serveDist, servePartner } from './static-server';
import { headersFor, hosts, pageHeaderProblems, parseHeaders } from '../host-headers';

/**
 * The security headers readers get from `dist/_headers`, on each host that reads it: Netlify
 * (a header of the same name from a later matching rule replaces the earlier one) and Cloudflare
 * Pages (values of every matching rule are joined). Every HTML page gets the whole strict CSP and
 * its framing policy; then, in Chromium with the headers applied, the report refuses a frame from
 * another origin, a chart embed shows in one, and no page breaks its own policy.
 */
const htmlFiles = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
	);
/** The address each HTML file of the build is read at (`es/2021/index.html` → `/es/2021/`); read when a test runs, once the site is built. */
const pagePaths = () => htmlFiles(dist).map((f) => `/${f.slice(dist.length + 1)}`.replace(/\/index\.html$/, '/'));

for (const host of hosts) {
	test(`${host}: every page gets the whole strict CSP; report pages refuse frames, chart embeds allow them`, () => {
		const rules = parseHeaders(readFileSync(`${dist}/_headers`, 'utf8'));
		const paths = pagePaths();
		expect(paths.length).toBeGreaterThan(20);
		const problems = paths.flatMap((path) =>
			pageHeaderProblems(headersFor(rules, path, host), path.startsWith('/embed/') ? 'any' : 'none').map((p) => `${path}: ${p}`),
		);
		expect(problems).toEqual([]);
		// Long caching only for the hashed build files, in one value.
		const asset = readdirSync(`${dist}/_astro`).find((f) => f.endsWith('.js'))!;
		expect(headersFor(rules, `/_astro/${asset}`, host)['Cache-Control']).toEqual(['public, max-age=31536000, immutable']);
		expect(headersFor(rules, '/es/2021/', host)['Cache-Control']).toBeUndefined();
	});

	test.describe(`${host}: in Chromium, with the headers applied`, () => {
		let site: { origin: string; server: Server };
		let partner: { origin: string; server: Server };
		let partnerPage = '';
		test.beforeAll(async () => {
			site = await serveDist(dist, '127.0.0.1', host);
			// Another site: the same loopback address on another port is another origin.
			partner = await servePartner(() => partnerPage);
		});
		test.afterAll(() => {
			site.server.close();
			partner.server.close();
		});

		test('another site cannot frame a report page; it can frame a chart embed', async ({ page }) => {
			const { id } = chartsOf(latest, 'es')[0]!;
			const report = `${site.origin}${yearPath(latest, 'es')}`;
			partnerPage = `<!doctype html><title>Partner</title><iframe id="embed" src="${site.origin}/embed/es/${latest.year}/${id}/"></iframe><iframe id="report" src="${report}"></iframe>`;
			const refusals: string[] = [];
			page.on('console', (m) => m.text().includes('frame-ancestors') && refusals.push(m.text()));
			await page.goto(partner.origin);
			await expect(page.frameLocator('#embed').locator('figure.chart')).toBeVisible();
			await expect.poll(() => refusals.length).toBeGreaterThan(0);
			for (const r of refusals) expect(r).toContain(`Framing '${site.origin}/'`);
			await expect(page.frameLocator('#report').locator('.hero, #main')).toHaveCount(0);
		});

		/** Loads a page with a listener for CSP violations in place before any of its scripts runs. */
		async function open(page: Page, path: string) {
			await page.addInitScript(() => {
				(window as unknown as { violations: string[] }).violations = [];
				document.addEventListener('securitypolicyviolation', (e) =>
					(window as unknown as { violations: string[] }).violations.push(
						`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
					),
				);
			});
			await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
		}
		const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

		for (const locale of locales)
			test(`${locale}: the report page runs under the header CSP and its own <meta> CSP, with no violation`, async ({ page }) => {
				const reader = watch(page, site.origin);
				await open(page, yearPath(latest, locale));
				// Everything the page's scripts do: draw each chart (as it scrolls into view), the reuse panel, print.
				for (const { anchor } of chartsOf(latest, locale)) {
					await page.locator(`#${anchor}`).scrollIntoViewIfNeeded();
					await expect(page.locator(`#${anchor} canvas`)).toBeVisible();
				}
				await page.locator('.chart-reuse summary').first().click();
				await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
				await page.evaluate(() => dispatchEvent(new Event('afterprint')));
				expect(await violations(page)).toEqual([]);
				reader.expectClean();
			});

		for (const path of ['/', '/en/', `/embed/fr/${latest.year}/${chartsOf(latest, 'fr')[0]!.id}/`, '/404.html'])
			test(`${path}: no violation`, async ({ page }) => {
				// Console errors too: the chooser at / moves on to a language, and Chromium logs each refusal there.
				const errors: string[] = [];
				page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
				page.on('pageerror', (e) => errors.push(e.message));
				await open(page, path);
				expect(await violations(page)).toEqual([]);
				expect(errors).toEqual([]);
			});
	});
}
