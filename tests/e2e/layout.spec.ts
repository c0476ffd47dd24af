import { expect, test, type Page } from '@playwright/test';
import { spills } from './helpers';
import { locales, reportPages } from './site';

/**
 * No text is ever cut or overlapped: at every width from a small phone to a large desktop, in every
 * language, each piece of text stays inside its box (its nearest block), and the page never scrolls
 * sideways. A DOM test cannot see a figure cut in half; boxes measured in the browser can.
 */
const widths = [320, 390, 768, 1024, 1280, 1920];

/**
 * Copy-link buttons (a section's, a chart's) not on the line of their title's last word, or far from it: a
 * button wrapped alone onto the next line reads as belonging to what follows. Measured against the last
 * visible text of the title before the button (a Range's boxes, one per line), not the title's box.
 */
const strandedLinks = (page: Page) =>
	page.locator('.section-head .permalink, figcaption .permalink').evaluateAll((links) =>
		links.flatMap((link) => {
			const title = link.closest('.section-head, figcaption')!;
			const texts = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
			let last: Node | undefined;
			for (let node = texts.nextNode(); node; node = texts.nextNode())
				if (
					node.textContent!.trim() &&
					!node.parentElement!.closest('.sr-only, .permalink, [hidden]') &&
					node.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING
				)
					last = node;
			const range = document.createRange();
			range.selectNodeContents(last!);
			const line = [...range.getClientRects()].at(-1)!;
			const button = link.getBoundingClientRect();
			const middle = (button.top + button.bottom) / 2;
			const name = `"${title.querySelector('h2, .chart-caption')!.textContent!.trim()}"`;
			if (middle < line.top || middle > line.bottom)
				return [
					`${name}: its copy-link button is not on the line of its last word (${Math.round(button.top)}-${Math.round(button.bottom)} px, that line ${Math.round(line.top)}-${Math.round(line.bottom)} px)`,
				];
			const gap = Math.round(button.left - line.right);
			return gap > 24 ? [`${name}: its copy-link button is ${gap} px from its last word`] : [];
		}),
	);

/** Groups of four stats laid out as three and one (or anything but 4, 2+2 or 1+1+1+1): a card left alone. */
const lopsided = (page: Page) =>
	page.locator('.stats').evaluateAll((groups) =>
		groups.flatMap((group) => {
			if (group.children.length !== 4) return [];
			const tops = [...group.children].map((c) => Math.round(c.getBoundingClientRect().top));
			const rows = [...new Set(tops)].map((t) => tops.filter((x) => x === t).length).join('+');
			return ['4', '2+2', '1+1+1+1'].includes(rows) ? [] : [`the four stats in #${group.closest('section')?.id} are laid out ${rows}`];
		}),
	);

// Every report page, and every edition home.
for (const path of [...reportPages.map((p) => p.path), ...locales.map((l) => `/${l}/`)])
	test(`${path}: no text cut or spilling at ${widths.join(', ')} px; each copy-link button (sections, charts) by its title's last word; four stats never three and one`, async ({
		page,
	}) => {
		test.setTimeout(90_000);
		const problems: string[] = [];
		for (const width of widths) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(path);
			problems.push(
				...[...(await spills(page)), ...(await strandedLinks(page)), ...(await lopsided(page))].map((p) => `${width} px: ${p}`),
			);
		}
		expect(problems).toEqual([]);
	});
