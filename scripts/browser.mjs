// Chromium for Playwright: Debian's /usr/bin/chromium where present (CI, these machines),
// else Playwright's own browser (a developer laptop after `npx playwright install chromium`).
import { existsSync } from 'node:fs';

const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/** @type {import('playwright-core').LaunchOptions} */
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

/** What to do where no Chromium starts, for the build's and the tests' messages. */
export const installChromium =
	'Install Chromium (Debian/Ubuntu: `apt-get install chromium`; elsewhere: `npx playwright-core install chromium`, or set CHROMIUM_PATH)';
