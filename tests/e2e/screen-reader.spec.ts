import { expect, test } from '@playwright/test';
import { plain } from './helpers';
import { chartsOf, locales, reports, sectionsOf, ui, yearPath } from './site';

/**
 * What a screen reader gets, read from the browser's accessibility tree (not the DOM): each chart is named
 * by its caption alone and described by its values once (no legend read as a second list, no copy button
 * or repeated title in its name); each big figure is one list item, "17 Profesionales", in a list per group.
 */
for (const report of reports)
	for (const locale of locales)
		test(`${locale} ${report.year}: charts are named by their caption and described once; each big figure is one item`, async ({
			page,
		}) => {
			await page.goto(yearPath(report, locale));
			for (const chart of chartsOf(report, locale)) {
				const figure = page.locator(`figure#${chart.anchor}`);
				await expect(figure).toHaveAccessibleName(plain(chart.caption).replace(/\s+/g, ' '));
				// The description: its subtitle, if any (what it measures, of whom, when), then every row's value with its label, once.
				const description = plain(
					await figure.evaluate((f) =>
						f
							.getAttribute('aria-describedby')!
							.split(' ')
							.map((id) => document.getElementById(id)!.textContent!.trim())
							.join(' '),
					),
				);
				if (chart.subtitle) {
					// A sentence of its own, then the values.
					expect(description, chart.id).toMatch(new RegExp(`^${escape(chart.subtitle)}\\. \\S`));
					await expect(figure.locator('.chart-subtitle'), chart.id).toHaveText(new RegExp(`^${escape(chart.subtitle)}\\.?$`));
				} else await expect(figure.locator('.chart-subtitle'), chart.id).toHaveCount(0);
				for (const [label] of chart.rows) {
					expect(description, `${chart.id}: ${label}`).toContain(plain(label));
					expect(description.split(plain(label)).length - 1, `${chart.id}: ${label} said once`).toBe(1);
				}
				const tree = await figure.ariaSnapshot();
				// The legend is for the eye: the tree has no list in the figure (the table is behind "View the data").
				expect(tree, chart.id).not.toMatch(/^\s*- list/m);
			}
			// Each big figure: one list item whose text is the figure, then its label.
			const groups = page.locator('ul.stats');
			expect(await groups.count()).toBeGreaterThan(0);
			for (const item of await page.locator('ul.stats > li[data-figure]').all()) {
				const id = (await item.getAttribute('data-figure'))!;
				const figure = report.figures[id]!;
				const l = locales.indexOf(locale);
				const spoken = plain((figure.spoken ?? figure.shown)[l]!);
				// The item's tree, read as one line ("- listitem:", then its text and a detail paragraph, if any).
				const snapshot = plain(await item.ariaSnapshot());
				expect(snapshot, id).toMatch(/^- listitem\b/);
				const read = snapshot
					.replace(/^[ \t]*- (listitem|text|paragraph):?[ \t]*/gm, '')
					.replace(/"/g, '')
					.replace(/\s+/g, ' ')
					.trim();
				expect(read, id).toMatch(new RegExp(`^${escape(spoken)} ${escape(plain(figure.label[l]!))}`));
			}
		});

/**
 * A copy-link button sits inside its title, beside the last word (tests/e2e/layout.spec.ts): the heading and
 * its section are still named by the title alone, and the button by its own label.
 */
for (const report of reports)
	for (const locale of locales)
		test(`${locale} ${report.year}: each section and its heading are named by the title alone; each copy-link button by its label`, async ({
			page,
		}) => {
			await page.goto(yearPath(report, locale));
			for (const section of sectionsOf(report, locale)) {
				await expect(page.locator(`section#${section.id}`)).toHaveAccessibleName(section.title);
				await expect(page.getByRole('heading', { level: 2, name: section.title, exact: true })).toHaveCount(1);
				await expect(page.locator(`section#${section.id} .section-head .permalink`)).toHaveAccessibleName(ui[locale].copySection);
			}
			for (const chart of chartsOf(report, locale))
				await expect(page.locator(`figure#${chart.anchor} figcaption .permalink`)).toHaveAccessibleName(ui[locale].copyChart);
		});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
