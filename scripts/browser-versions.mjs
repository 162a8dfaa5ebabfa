// Prints the versions of the browsers the end-to-end tests drive (run first by `npm test`,
// and by .ci/run), so every test log says what it was verified on. Fails, naming the Debian
// package, when a browser is missing: the suites never skip a browser. CHROMIUM_PATH and
// FIREFOX_PATH run the suites (and the benchmark) on other executables than Debian's.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BROWSERS = [
  { name: 'Chromium', variable: 'CHROMIUM_PATH', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', debianPackage: 'chromium' },
  { name: 'Firefox ESR', variable: 'FIREFOX_PATH', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', debianPackage: 'firefox-esr' },
];

let missing = false;
for (const browser of BROWSERS) {
  if (!existsSync(browser.path)) {
    console.error(`${browser.name}: not found at ${browser.path}. Install it: apt-get install -y ${browser.debianPackage}`);
    missing = true;
    continue;
  }
  // Debian's Chromium launcher prints a harmless shell warning on stderr: ignored.
  const version = execFileSync(browser.path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000 }).trim();
  console.log(`${browser.name}: ${version} (${browser.path}${process.env[browser.variable] ? `, from ${browser.variable}` : `; ${browser.variable} picks another`})`);
}
if (missing) process.exit(1);
