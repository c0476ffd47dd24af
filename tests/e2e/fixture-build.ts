import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { shellEnv } from '../../scripts/shell-env.mjs';
import { serveDist } from './static-server';

/**
 * A fixture scenario of tests/fixtures/ built as staff publish it (`node tests/build-fixture.mjs`, PDFs
 * included) once for the calling spec file, and served on 127.0.0.1 with the host's headers; removed after.
 * The spec's tests run in one worker, in order, so that they share the build.
 */
export function builtFixture(scenario: string): { readonly origin: string; readonly dir: string } {
	test.describe.configure({ mode: 'serial' });
	const site = { origin: '', dir: '', server: undefined as Server | undefined };
	test.beforeAll(async () => {
		test.setTimeout(240_000);
		site.dir = mkdtempSync(join(tmpdir(), `${scenario}-site-`));
		const build = spawnSync(process.execPath, ['tests/build-fixture.mjs', scenario, site.dir], { env: shellEnv, encoding: 'utf8' });
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
