import type { LoaderContext } from 'astro/loaders';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Workaround: under `npm run dev` and `npm run edit`, the content loaders (src/content.config.ts) read the
 * report folder again after a save without trusting the file watcher alone.
 *
 * Upstream behaviour: the dev server's watcher is chokidar (bundled in Vite 8, `"chokidar": "^3.6.0"` in
 * node_modules/vite/package.json), which
 * - can miss a file created in a folder that was just created: it scans the new folder, then watches it, and
 *   a file made in between is never reported (paulmillr/chokidar#1112, and #1471 "still present in v5",
 *   open, fix proposed in #1473). That is how the editor creates a year: a new folder, then four files;
 * - reports the first step of a two-step save (the editor empties a file, then writes it), and may report
 *   nothing of the second within the same moment.
 * So the folder's stamp (names, sizes, times) is compared once the writes have settled after an event
 * (200 ms), and every second whatever happens; the content is read again when the stamp has changed.
 *
 * When it can go: when the chokidar that Vite bundles scans a new folder after watching it (#1471 closed,
 * and Vite's package.json on that version), and the loader's watcher waits for writes to finish (Vite's
 * `server.watch` has no `awaitWriteFinish` here; Astro hands loaders that same watcher, see `#getLoaderContext`
 * in node_modules/astro/dist/content/content-layer.js).
 *
 * Tests that rely on it: tests/e2e/editor.spec.ts › "a new year is created from the editor as a draft, from
 * the latest one" (a new folder) and › "an edit in the Spanish report changes exactly its lines, and the
 * open page shows it" (two-step saves). Neither fails every time without it: the watcher's misses are races
 * that no run here has been seen to lose; the look every second was added against the documented one (164b14f).
 */
/** The files under `dir` with their size and time: changes when any of them does. */
export function folderStamp(dir: string): string {
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

type Watcher = NonNullable<LoaderContext['watcher']>;

/** Every loader's look at its folder, made in one go each second (so that the collections change together). */
let looking: { watcher: Watcher; looks: Map<string, () => void> } | undefined;

/**
 * `npm run dev`: after a loader has read the folder `dir` as it was at `seen` (its stamp, taken before the
 * reading, so that a change during it is read again), calls `read` whenever a file under it has changed.
 * `read` reads the folder again and returns the stamp it read at; if it throws (a file moved or read in the
 * middle of a write), the next look reads it again, whole.
 */
export function watchContent({ collection, watcher, logger }: LoaderContext, dir: string, seen: string, read: () => string) {
	if (!watcher) return;
	const look = () => {
		try {
			if (folderStamp(dir) !== seen) seen = read();
		} catch (error) {
			seen = '';
			logger.warn(String(error));
		}
	};
	watcher.add(dir);
	let settle: ReturnType<typeof setTimeout> | undefined;
	watcher.on('all', (_event, path) => {
		if (!path.startsWith(dir)) return;
		clearTimeout(settle);
		settle = setTimeout(look, 200);
	});
	// One look per collection each second, whatever the number of loads; none once the dev server has closed its watcher.
	if (looking?.watcher !== watcher) {
		const looks = new Map<string, () => void>();
		const every = setInterval(() => ((watcher as { closed?: boolean }).closed ? clearInterval(every) : looks.forEach((l) => l())), 1000);
		every.unref();
		looking = { watcher, looks };
	}
	looking.looks.set(collection, look);
}
