import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readReports, type ReadReports } from './content/read';
import { messageLanguage } from './content/language';
import { messagesFor } from './content/messages';
import { ContentError, contentErrorsId, editorPlace, formatProblem } from './content/problems';
import { locales } from './i18n/config';

/**
 * The report years under `content/reports/` (REPORTS_DIR in tests), validated as a whole before
 * anything renders. `reports` holds each year's checked model; `pages` each year's MDX per language,
 * rendered by the pages with the report components.
 */
const m = messagesFor(messageLanguage());
const reportsDir = (root: string) => process.env.REPORTS_DIR ?? join(root, 'content', 'reports');

/** `primary`: the loader that logs problems and warnings (the other one stores the same result silently). */
function loader(name: string, primary: boolean, store: (ctx: LoaderContext, result: ReadReports, root: string) => void): Loader {
	return {
		name,
		async load(ctx) {
			const { logger, config, watcher } = ctx;
			const root = fileURLToPath(config.root);
			/** Loads every year into the store; the list of years, or undefined when the content has problems. */
			const sync = () => {
				const result = readReports(root, { dir: reportsDir(root) });
				ctx.store.clear();
				if (result.errors.length) {
					const lines = result.errors.map(formatProblem);
					// A build stops here with every problem. `npm run dev` keeps running and shows them.
					if (!watcher) throw new ContentError(lines, m);
					if (primary) logger.error(new ContentError(lines, m).message);
					ctx.store.set({ id: contentErrorsId, data: { errors: lines, places: result.errors.map((p) => editorPlace(p) ?? '') } });
					return undefined;
				}
				if (primary) for (const w of result.warnings) logger.warn(`${m.warning}: ${formatProblem(w)}`);
				store(ctx, result, root);
				return result.reports.map((r) => r.year);
			};
			sync();
			const dir = reportsDir(root);
			watcher?.add(dir);
			// An editor may save a file in two steps (emptied, then written; the visual editor does), and the
			// watcher may report only the first: read again once the writes have settled, not at the first event.
			let settle: ReturnType<typeof setTimeout> | undefined;
			let read = '';
			let recheck: ReturnType<typeof setTimeout> | undefined;
			const resync = () => {
				read = stamp(dir);
				const years = sync();
				if (years) {
					if (primary) logger.info(m.valid(years.join(', '), locales.join(', ')));
					return;
				}
				// While the content has problems, look at the folder now and then: the watcher can miss a file the
				// editor creates in a new year's folder, and the problem page would stay after the fix.
				const look = () => (recheck = setTimeout(() => (stamp(dir) === read ? look() : resync()), 1500));
				look();
			};
			watcher?.on('all', (_event, path) => {
				if (!path.startsWith(dir)) return;
				clearTimeout(settle);
				clearTimeout(recheck);
				settle = setTimeout(resync, 200);
			});
		},
	};
}

/** The files under `dir` with their size and time: changes when any of them does. */
function stamp(dir: string): string {
	if (!existsSync(dir)) return '';
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => {
			const path = join(e.parentPath, e.name);
			const { size, mtimeMs } = statSync(path);
			return `${path}:${size}:${mtimeMs}`;
		})
		.sort()
		.join('\n');
}

const reports = loader('metropolis-reports', true, ({ store }, { reports }) => {
	for (const report of reports) store.set({ id: String(report.year), data: { ...report } });
});

const pages = loader('metropolis-report-pages', false, ({ store }, { reports }, root) => {
	for (const report of reports)
		for (const lang of locales) {
			const filePath = relative(root, join(reportsDir(root), String(report.year), `${lang}.mdx`)).split('\\').join('/');
			store.set({ id: `${report.year}/${lang}`, data: { year: report.year, lang }, filePath, deferredRender: true });
		}
});

export const collections = {
	reports: defineCollection({ loader: reports }),
	pages: defineCollection({ loader: pages }),
};
