import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { shellEnv } from '../../scripts/shell-env.mjs';

/**
 * Without Chromium the PDF step of `npm run build` fails, saying what to install: it used to skip
 * quietly (exit 0), and the site went out linking PDFs that were not there.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

it('the PDF step fails where no Chromium starts, in one plain line', () => {
	const dist = mkdtempSync(join(tmpdir(), 'pdf-step-'));
	writeFileSync(join(dist, 'index.html'), '<!doctype html>');
	const result = spawnSync(process.execPath, ['scripts/pdf.mjs'], {
		cwd: root,
		env: {
			...shellEnv,
			PATH: [join(root, 'node_modules/.bin'), shellEnv.PATH].join(delimiter),
			OUT_DIR: dist,
			CHROMIUM_PATH: join(dist, 'no-chromium'),
		},
		encoding: 'utf8',
	});
	expect(result.status).toBe(1);
	expect(result.stderr.trim()).toMatch(
		/^PDFs not made: Chromium did not start \(.*no-chromium.*\)\. The report pages link them, so the build stops here\. Install Chromium \(Debian\/Ubuntu: `apt-get install chromium`; elsewhere: `npx playwright-core install chromium`, or set CHROMIUM_PATH\) and build again\.$/,
	);
});
