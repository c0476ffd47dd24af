// `npm run bench:build`: how long the site takes to build with the real content, and with a
// synthetic archive of 20 report years × 3 languages (copies of the latest year), to see how the
// build time grows. Prints both, in seconds, and the page counts.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const years = Number(process.env.YEARS ?? 20);
const work = mkdtempSync(join(tmpdir(), 'bench-build-'));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function build(label, extraEnv) {
	const out = join(work, label, 'dist');
	const start = process.hrtime.bigint();
	execFileSync('node_modules/.bin/astro', ['build', '--outDir', out], { env: { ...env, ...extraEnv }, stdio: 'ignore' });
	const seconds = Number(process.hrtime.bigint() - start) / 1e9;
	const pages = (function count(dir) {
		return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? count(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0), 0);
	})(out);
	console.log(`${label.padEnd(28)} ${seconds.toFixed(1).padStart(6)} s   ${pages} HTML pages`);
	return seconds;
}

try {
	const latest = readdirSync('content/reports').filter((d) => /^\d{4}$/.test(d)).sort().at(-1);
	const synthetic = join(work, 'content', 'reports');
	for (let i = 0; i < years; i++) {
		const year = String(Number(latest) - i);
		// The year is the folder's name: a copy is a new year.
		cpSync(join('content/reports', latest), join(synthetic, year), { recursive: true });
	}
	build('real content', {});
	build(`${years} years × 3 languages`, { REPORTS_DIR: synthetic });
} finally {
	rmSync(work, { recursive: true, force: true });
}
