import { expect, test, type Page } from '@playwright/test';
import { spills } from './helpers';
import { locales, reportPages } from './site';

/**
 * No text is ever cut or overlapped: at every width from a small phone to a large desktop, in every
 * language, each piece of text stays inside its box (its nearest block), and the page never scrolls
 * sideways. A DOM test cannot see a figure cut in half; boxes measured in the browser can.
 */
const widths = [320, 390, 768, 1024, 1280, 1920];

/** Section titles whose copy-link button is not right after their last word (or, wrapped, first on its own line). */
const farLinks = (page: Page) =>
	page.locator('.section-head').evaluateAll((heads) =>
		heads.flatMap((head) => {
			const range = document.createRange();
			range.selectNodeContents(head.querySelector('h2')!);
			const last = [...range.getClientRects()].at(-1)!;
			const link = head.querySelector('.permalink')!.getBoundingClientRect();
			const middle = (link.top + link.bottom) / 2;
			const sameLine = middle > last.top && middle < last.bottom;
			const gap = Math.round(sameLine ? link.left - last.right : link.left - head.getBoundingClientRect().left);
			return gap > 24
				? [`"${head.textContent!.trim()}": its copy-link button is ${gap} px from ${sameLine ? 'the title' : 'the start of its line'}`]
				: [];
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
	test(`${path}: no text cut or spilling at ${widths.join(', ')} px; each section's copy-link button by its title; four stats never three and one`, async ({
		page,
	}) => {
		test.setTimeout(90_000);
		const problems: string[] = [];
		for (const width of widths) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(path);
			problems.push(...[...(await spills(page)), ...(await farLinks(page)), ...(await lopsided(page))].map((p) => `${width} px: ${p}`));
		}
		expect(problems).toEqual([]);
	});
