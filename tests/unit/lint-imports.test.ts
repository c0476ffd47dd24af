import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintImports } from '../../scripts/lint-imports.mjs';
import { tool } from '../../scripts/tool.mjs';

/**
 * The import lint (scripts/lint-imports.mjs, the first step of `npm test`) on a small project,
 * tests/fixtures/imports/: every kind of import it must refuse, beside those it must let through.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = join(root, 'tests/fixtures/imports');

describe('the import lint', () => {
	it('fails on undeclared packages, and on devDependencies in what the build runs, one plain line each', () => {
		const result = spawnSync(...tool('node', [join(root, 'scripts/lint-imports.mjs'), fixture]), { encoding: 'utf8' });
		expect(result.status).toBe(1);
		expect(
			result.stderr
				.split('\n')
				.filter((l) => l.includes(' › '))
				.map((l) => l.split(':').slice(0, 2).join(':')),
		).toEqual([
			'scripts/dev-only.mjs:4 › jsdoc-types', // undeclared, in a JSDoc type
			'scripts/steps.mjs:4 › dev-tool', // a devDependency in a file the build's script imports (require.resolve)
			'src/Card.astro:3 › hoisted-along', // undeclared, in a component's frontmatter
			'src/Card.astro:9 › dev-tool', // a devDependency in a component's <script>
			'src/uses-dev.ts:2 › dev-tool', // a devDependency in src/
			'tests/cases.ts:3 › @other/pkg', // undeclared, a scoped package's file in a dynamic import
		]);
		expect(result.stderr).toContain(
			'src/uses-dev.ts:2 › dev-tool: a devDependency, but `npm run build` runs this file, and a production install (npm ci --omit=dev) does not have it.',
		);
		expect(result.stderr).toContain('scripts/dev-only.mjs:4 › jsdoc-types: imported, but not in package.json;');
		expect(result.stderr).toContain('6 import problem(s)');
	});

	it('lets a development-only file under src/ import devDependencies, once it is listed', () => {
		expect(
			lintImports(fixture, { 'src/uses-dev.ts': 'loaded by the dev server only' }).filter((p) => p.startsWith('src/uses-dev.ts')),
		).toEqual([]);
	});
});
