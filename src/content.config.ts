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

const looking = new Map<string, ReturnType<typeof setInterval>>();

/** `primary`: the loader that logs problems and warnings (the other one stores the same result silently). */
function loader(name: string, primary: boolean, store: (ctx: LoaderContext, result: ReadReports, root: string) => void): Loader {
	return {
		name,
		async load(ctx) {
			const { logger, config, watcher } = ctx;
			const root = fileURLToPath(config.root);
			const dir = reportsDir(root);
			/** Loads every year into the store; the list of years, or undefined when the content has problems. */
			const sync = () => {
				const result = readReports(root, { dir });
				ctx.store.clear();
				if (result.errors.length) {
					const lines = result.errors.map(formatProblem);
					// A build stops here with every problem. `npm run dev` keeps running and shows them.
					if (!watcher) throw new ContentError(lines, m);
					if (primary) logger.error(new ContentError(lines, m).message);
					const problems = result.errors.map((p, i) => ({ line: lines[i]!, place: editorPlace(p) ?? null }));
					ctx.store.set({ id: contentErrorsId, data: { problems } });
					return undefined;
				}
				if (primary) for (const w of result.warnings) logger.warn(`${m.warning}: ${formatProblem(w)}`);
				store(ctx, result, root);
				return result.reports.map((r) => r.year);
			};
			// What the first reading saw (taken before it, so that a change during it is read again).
			let read = watcher ? stamp(dir) : '';
			sync();
			if (!watcher) return;
			// `npm run dev`: read again when a file under the folder changes. The watcher alone is not enough:
			// it can miss a file created in a new folder (a new year made in the editor), and an editor may save
			// in two steps (emptied, then written; the visual editor does) of which it reports the first. So
			// the folder's stamp (names, sizes, times) is compared once the writes have settled after an event,
			// and every second whatever happens.
			const check = () => {
				try {
					const now = stamp(dir);
					if (now === read) return;
					read = now;
					const years = sync();
					if (years && primary) logger.info(m.valid(years.join(', '), locales.join(', ')));
				} catch (error) {
					// A file moved or read in the middle of a write: the next look reads it again, whole.
					read = '';
					logger.warn(String(error));
				}
			};
			watcher.add(dir);
			let settle: ReturnType<typeof setTimeout> | undefined;
			watcher.on('all', (_event, path) => {
				if (!path.startsWith(dir)) return;
				clearTimeout(settle);
				settle = setTimeout(check, 200);
			});
			// One look per loader, whatever the number of loads; none once the dev server has closed its watcher.
			clearInterval(looking.get(name));
			const every = setInterval(() => ((watcher as { closed?: boolean }).closed ? clearInterval(every) : check()), 1000);
			every.unref();
			looking.set(name, every);
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
