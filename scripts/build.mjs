// `npm run build`, the one build that is tested and deployed: the site (`astro build`, which also
// writes _headers), the PDFs its pages link (needs Chromium), then a check that no page links a file
// the build did not write. Stops at the first step that fails. Arguments go to `astro build`
// (e.g. `--outDir <folder>`).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tool } from './tool.mjs';

const args = process.argv.slice(2);
const at = args.findIndex((a) => a === '--outDir' || a.startsWith('--outDir='));
const outDir = (at < 0 ? undefined : args[at]?.includes('=') ? args[at].split('=')[1] : args[at + 1]) ?? 'dist';
const steps = [
	tool('astro', ['build', ...args]),
	tool('node', [join('scripts', 'pdf.mjs')]),
	tool('node', [join('scripts', 'check-dist.mjs'), outDir]),
];
for (const [command, stepArgs] of steps) {
	const { status } = spawnSync(command, stepArgs, { stdio: 'inherit', env: { ...process.env, OUT_DIR: outDir } });
	if (status !== 0) process.exit(status ?? 1);
}
