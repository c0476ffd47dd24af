import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readReports } from './content/read';
import { ContentError, contentErrorsId } from './content/errors';

/** Reads `content/reports/<year>/` folders, validates them as a whole (figures and every language), stores one entry per year. */
const reportsLoader: Loader = {
	name: 'metropolis-reports',
	async load({ store, logger, config, watcher }) {
		const root = fileURLToPath(config.root);
		/** Loads every year into the store; false when the content has problems (dev only: a build throws). */
		const sync = (): boolean => {
			// REPORTS_DIR lets tests build the site from other content (e.g. an extra fixture year).
			const { value, errors, warnings } = readReports(root, process.env.REPORTS_DIR);
			for (const warning of warnings) logger.warn(warning);
			store.clear();
			if (errors.length) {
				// A build stops here. `npm run dev` keeps running: it logs the problems and every page
				// shows them in the browser until the file is fixed.
				if (!watcher) throw new ContentError(errors);
				logger.error(new ContentError(errors).message);
				store.set({ id: contentErrorsId, data: { errors } });
				return false;
			}
			for (const report of value ?? []) store.set({ id: String(report.year), data: { ...report } });
			return true;
		};
		sync();
		const dir = process.env.REPORTS_DIR ?? join(root, 'content');
		watcher?.add(dir);
		watcher?.on('all', (_event, path) => {
			if (!path.startsWith(dir)) return;
			if (sync()) logger.info('Report content reloaded.');
		});
	},
};

export const collections = { reports: defineCollection({ loader: reportsLoader }) };
