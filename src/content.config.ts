import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readReports } from './content/read';

/** Thrown when content is invalid: its message lists every problem, one per line, in plain words. */
export class ContentError extends Error {
	constructor(errors: string[]) {
		super(`The report content has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n${errors.join('\n')}\n`);
		this.name = 'ContentError';
	}
}

/** Reads `content/reports/<year>/` folders, validates them as a whole (figures and every language), stores one entry per year. */
const reportsLoader: Loader = {
	name: 'metropolis-reports',
	async load({ store, logger, config, watcher }) {
		const root = fileURLToPath(config.root);
		const sync = () => {
			const { value, errors, warnings } = readReports(root);
			for (const warning of warnings) logger.warn(warning);
			if (errors.length) throw new ContentError(errors);
			store.clear();
			for (const report of value ?? []) store.set({ id: String(report.year), data: { ...report } });
		};
		sync();
		const dir = join(root, 'content');
		watcher?.add(dir);
		watcher?.on('all', (_event, path) => {
			if (!path.startsWith(dir)) return;
			try {
				sync();
				logger.info('Report content reloaded.');
			} catch (error) {
				logger.error((error as Error).message);
			}
		});
	},
};

export const collections = { reports: defineCollection({ loader: reportsLoader }) };
