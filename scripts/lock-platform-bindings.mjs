// Adds lock-file records for platform bindings of @astrojs/compiler-binding that the registry
// reachable from our CI does not serve (only linux-x64 is mirrored there). Without a record,
// `npm ci` refuses to install ("Missing … from lock file"); with one, it skips them by os/cpu as it
// does for any optional dependency of another platform. Run after `npm install` changes the lock.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const platforms = {
	'android-arm64': { os: ['android'], cpu: ['arm64'] },
	'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
	'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
	'linux-arm64-gnu': { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] },
	'linux-arm64-musl': { os: ['linux'], cpu: ['arm64'], libc: ['musl'] },
	'linux-x64-gnu': { os: ['linux'], cpu: ['x64'], libc: ['glibc'] },
	'linux-x64-musl': { os: ['linux'], cpu: ['x64'], libc: ['musl'] },
	'wasm32-wasi': { cpu: ['wasm32'] },
	'win32-arm64-msvc': { os: ['win32'], cpu: ['arm64'] },
	'win32-x64-msvc': { os: ['win32'], cpu: ['x64'] },
};
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
	if (!path.endsWith('node_modules/@astrojs/compiler-binding')) continue;
	for (const name of Object.keys(entry.optionalDependencies ?? {})) {
		const key = path.replace(/@astrojs\/compiler-binding$/, name);
		if (lock.packages[key]) continue;
		const platform = platforms[name.replace('@astrojs/compiler-binding-', '')];
		if (!platform) continue;
		lock.packages[key] = { version: entry.optionalDependencies[name], license: 'MIT', optional: true, ...platform, engines: entry.engines };
		added++;
	}
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
console.log(`package-lock.json: ${added} platform binding record(s) added.`);
