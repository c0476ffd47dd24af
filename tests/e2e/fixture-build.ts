import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { shellEnv } from '../../scripts/shell-env.mjs';
import { serveDist } from './static-server';

/**
 * A fixture scenario of tests/fixtures/ (or a folder a test wrote, by its absolute path) built as staff publish it (`node tests/build-fixture.mjs`, PDFs
 * included) once for the calling spec file, and served on 127.0.0.1 with the host's headers; removed after.
 * The spec's tests run in one worker, in order, so that they share the build.
 */
/**
 * One build at a time across the run's workers: Astro builds in the project's own `.astro/` folder, so two
 * at once (two spec files building their fixtures) break each other's files. A lock folder, taken with
 * mkdir (atomic); one left by a crashed run is taken over after ten minutes.
 */
function buildAlone<T>(run: () => T): T {
	const lock = join(tmpdir(), 'metropolis-fixture-build.lock');
	const wait = new Int32Array(new SharedArrayBuffer(4));
	for (;;) {
		try {
			mkdirSync(lock);
			break;
		} catch {
			const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
			if (age > 600_000) rmSync(lock, { recursive: true, force: true });
			else Atomics.wait(wait, 0, 0, 500);
		}
	}
	try {
		return run();
	} finally {
		rmSync(lock, { recursive: true, force: true });
	}
}

export function builtFixture(scenario: string): { readonly origin: string; readonly dir: string } {
	test.describe.configure({ mode: 'serial' });
	const site = { origin: '', dir: '', server: undefined as Server | undefined };
	test.beforeAll(async () => {
		test.setTimeout(240_000);
		site.dir = mkdtempSync(join(tmpdir(), `${basename(scenario)}-site-`));
		const build = buildAlone(() =>
			spawnSync(process.execPath, ['tests/build-fixture.mjs', scenario, site.dir], { env: shellEnv, encoding: 'utf8' }),
		);
		expect(build.status, build.stderr).toBe(0);
		const served = await serveDist(site.dir, '127.0.0.1');
		site.origin = served.origin;
		site.server = served.server;
	});
	test.afterAll(() => {
		site.server?.close();
		if (site.dir) rmSync(site.dir, { recursive: true, force: true });
	});
	return site;
}
