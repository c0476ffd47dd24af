// Chromium for Playwright: Debian's /usr/bin/chromium where present (CI, these machines),
// else Playwright's own browser (a developer laptop after `npx playwright install chromium`).
import { existsSync } from 'node:fs';

const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/** @type {import('@playwright/test').LaunchOptions} */
export const launchOptions = {
	args: [
		...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
	],
};
const executablePath = process.env.CHROMIUM_PATH || systemChromium;
if (executablePath) launchOptions.executablePath = executablePath;
