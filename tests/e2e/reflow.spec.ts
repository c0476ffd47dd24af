import { expect, test, type Page } from '@playwright/test';
import { spills } from './helpers';
import { locales, reportPages } from './site';

/**
 * Reading that survives a reader's own settings (WCAG 2.2: 1.4.4 resize text, 1.4.10 reflow, 1.4.12 text
 * spacing), measured in the browser: with the browser's text size doubled (Chromium's own font-size
 * setting, as a reader sets it: rem, em and the media queries follow it; page zoom is not text zoom) and
 * with the WCAG text-spacing overrides, at phone to desktop widths, no text leaves its box, the page
 * never scrolls sideways, and no word breaks inside itself.
 */
const widths = [320, 390, 768, 1280, 1920];

/**
 * Each setting, and the widths it is measured at. Text at 200 % from 768 px: on a phone, twice the text
 * is the room of a 160–195 px screen, which WCAG does not ask (1.4.4 is read on a desktop; reflow, 1.4.10,
 * is the 320 px layout at normal size, which the text-spacing run and layout.spec.ts measure).
 */
const settings: Record<string, { widths: number[]; apply: (page: Page) => Promise<void> }> = {
	'text at 200 %': {
		widths: widths.filter((w) => w >= 768),
		apply: async (page) => {
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
		},
	},
	'WCAG text spacing': {
		widths,
		apply: async (page) => {
			await page.addStyleTag({
				content: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
				p { margin-bottom: 2em !important; }`,
			});
		},
	},
};

/** Words split across two lines ("Profesional|es"): a word's own box has two lines. Hyphens and slashes may break. */
const brokenWords = (page: Page) =>
	page.evaluate(() => {
		const found: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || parent.closest('.sr-only, script, style, [hidden], details:not([open]) > :not(summary), svg, canvas')) continue;
			const text = node.textContent ?? '';
			for (const match of text.matchAll(/[\p{L}\p{N}’'.,%€$]{4,}/gu)) {
				const range = document.createRange();
				range.setStart(node, match.index);
				range.setEnd(node, match.index + match[0].length);
				const rects = [...range.getClientRects()].filter((r) => r.width > 0);
				if (!rects.length) continue;
				const lines = new Set(rects.map((r) => Math.round(r.top)));
				if (lines.size > 1) found.push(`"${match[0]}" in ${parent.tagName.toLowerCase()}.${[...parent.classList].join('.')}`);
			}
		}
		return [...new Set(found)];
	});

// The overrides are a reader's own stylesheet: the site's CSP (no inline styles) does not apply to it.
test.use({ bypassCSP: true });

const pages = [...reportPages.map((p) => p.path), ...locales.map((l) => `/${l}/`)];

for (const [setting, { widths, apply }] of Object.entries(settings))
	for (const path of pages)
		test(`${path} with ${setting}: nothing cut or sideways, no word broken, at ${widths.join(', ')} px`, async ({ page }) => {
			test.setTimeout(90_000);
			const problems: string[] = [];
			for (const width of widths) {
				await page.setViewportSize({ width, height: 900 });
				await page.goto(path);
				await apply(page);
				// Let the charts redraw for the new sizes (they follow their boxes).
				await page.waitForTimeout(300);
				problems.push(...[...(await spills(page)), ...(await brokenWords(page))].map((p) => `${width} px: ${p}`));
			}
			expect(problems).toEqual([]);
		});
