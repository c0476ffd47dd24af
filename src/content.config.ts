import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { readReports, type ReadReports } from './content/read';
import { messageLanguage } from './content/language';
import { messagesFor } from './content/messages';
import { ContentError, editorPlace, formatProblem, problemListId, shownProblems, type ShownProblem } from './content/problems';
import { folderStamp, watchContent } from './dev/content-watch';
import { reportSchema } from './content/model';
import { locales } from './i18n/config';

/**
 * The report years under `content/reports/` (REPORTS_DIR in tests), validated as a whole before
 * anything renders. `reports` holds each year's checked model; `pages` each year's MDX per language,
 * rendered by the pages with the report components; `problems` what is wrong with the content
 * (`npm run dev` shows it; a build stops with it).
 */
const m = messagesFor(messageLanguage());
const reportsDir = (root: string) => process.env.REPORTS_DIR ?? join(root, 'content', 'reports');

/** The folder as last read, for every collection: read again only once a file under it has changed. */
let last: { dir: string; stamp: string; read: ReadReports } | undefined;
function readFolder(root: string, dir: string) {
	// Taken before the reading, so that a change during it is read again.
	const stamp = folderStamp(dir);
	if (last?.dir !== dir || last.stamp !== stamp) last = { dir, stamp, read: readReports(root, { dir }) };
	return last;
}

/** A collection filled by `fill` from the folder as read; `again` when it is read again after a change. */
function loader(name: string, fill: (ctx: LoaderContext, read: ReadReports, root: string, again: boolean) => void): Loader {
	return {
		name,
		async load(ctx) {
			const root = fileURLToPath(ctx.config.root);
			const dir = reportsDir(root);
			const sync = (again: boolean) => {
				const { stamp, read } = readFolder(root, dir);
				ctx.store.clear();
				fill(ctx, read, root, again);
				return stamp;
			};
			const stamp = sync(false);
			// `npm run dev`: read again whenever a file under the folder changes (src/dev/content-watch.ts).
			watchContent(ctx, dir, stamp, () => sync(true));
		},
	};
}

/** Each valid year's model (checked against its schema as it is stored); a build stops here with every problem of the content. */
const reports = loader('metropolis-reports', ({ store, logger, watcher }, { reports, errors, warnings }, _root, again) => {
	if (errors.length) {
		const error = new ContentError(errors.map(formatProblem), m);
		// `npm run dev` keeps running: the terminal and every page show the problems (the `problems` collection).
		if (!watcher) throw error;
		logger.error(error.message);
		return;
	}
	for (const w of warnings) logger.warn(`${m.warning}: ${formatProblem(w)}`);
	for (const report of reports) store.set({ id: String(report.year), data: reportSchema.parse(report) });
	if (again) logger.info(m.valid(reports.map((r) => r.year).join(', '), locales.join(', ')));
});

/** Each valid year's page in each language (none while the content has problems). */
const pages = loader('metropolis-report-pages', ({ store }, { reports, errors }, root) => {
	if (errors.length) return;
	for (const report of reports)
		for (const lang of locales) {
			const filePath = relative(root, join(reportsDir(root), String(report.year), `${lang}.mdx`))
				.split('\\')
				.join('/');
			store.set({ id: `${report.year}/${lang}`, data: { year: report.year, lang }, filePath, deferredRender: true });
		}
});

/** The problems of the content, for the dev problem page (src/middleware.ts): one entry, empty when it is valid. */
const problems = loader('metropolis-content-problems', ({ store }, { errors }) => {
	const shown: ShownProblem[] = errors.map((p) => ({ line: formatProblem(p), place: editorPlace(p) ?? null }));
	store.set({ id: problemListId, data: { problems: shown } });
});

export const collections = {
	reports: defineCollection({ loader: reports, schema: reportSchema }),
	pages: defineCollection({ loader: pages }),
	problems: defineCollection({ loader: problems, schema: shownProblems }),
};
