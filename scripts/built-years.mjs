// The report years a build holds, read from dist/ itself (what scripts that serve the build look at).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale } from '../src/i18n/config.ts';

/** The latest published year in a build (`dist/es/<year>/`), or undefined before a build. */
export function latestBuiltYear(dist = 'dist') {
	const folder = join(dist, defaultLocale);
	return existsSync(folder)
		? readdirSync(folder)
				.filter((d) => /^\d{4}$/.test(d))
				.sort()
				.at(-1)
		: undefined;
}
