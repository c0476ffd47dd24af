import { expect, type Page } from '@playwright/test';

export { locales } from './content';

/**
 * Watches a page for what a reader must never get: console errors, failed requests, and any
 * request that leaves the site (third parties are not allowed, for privacy).
 */
export function watch(page: Page, origin: string) {
	const problems: string[] = [];
	page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.push(`third party: ${r.url()}`);
	});
	page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
	return { expectClean: () => expect(problems).toEqual([]) };
}

/** Text as a reader sees it, with the no-break spaces of number formatting made plain. */
export const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
