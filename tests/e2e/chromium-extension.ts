import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import type { FixturePage } from '../fixtures/pages';
import { PANEL_CLOCK } from './panel-clock';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages', import.meta.url));

export function readFixture(file: string): string {
  return readFileSync(join(PAGES_DIR, file), 'utf8');
}

/** Serves a fixture and its frames at their real addresses; every other request fails. */
export async function serveFixture(page: Page, fixture: FixturePage): Promise<void> {
  const bodies = new Map<string, string>([[fixture.url, readFixture(fixture.file)]]);
  for (const frame of fixture.frames ?? []) bodies.set(frame.url, readFixture(frame.file));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    const body = bodies.get(url);
    if (url.startsWith('chrome-extension://')) return route.continue();
    if (body !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    // Single-page navigations change the address without a request; anything else is a stray.
    return route.abort('blockedbyclient');
  });
}

interface ExtensionFixtures {
  extensionContext: BrowserContext;
  extensionId: string;
}

type Chrome = typeof import('wxt/browser').browser;
/** The extension's `chrome`, inside the worker: `(globalThis as unknown as WithChrome).chrome`. */
export type WithChrome = { chrome: Chrome };

/** The extension's background service worker, started again if it was stopped. */
export async function backgroundWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return running ?? context.waitForEvent('serviceworker');
}

export const test = base.extend<{ page: Page }, ExtensionFixtures>({
  extensionContext: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      if (!existsSync(CHROMIUM)) {
        throw new Error(`Chromium not found at ${CHROMIUM}. Install it: apt-get install -y chromium`);
      }
      if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
        throw new Error(`No built extension at ${EXTENSION_DIR}. Run: npm run build`);
      }
      const profile = mkdtempSync(join(tmpdir(), 'alg-chromium-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          `--disable-extensions-except=${EXTENSION_DIR}`,
          `--load-extension=${EXTENSION_DIR}`,
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      });
      await context.addInitScript(PANEL_CLOCK);
      await use(context);
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  extensionId: [
    async ({ extensionContext }, use) => {
      await use(new URL((await backgroundWorker(extensionContext)).url()).host);
    },
    { scope: 'worker' },
  ],
  page: async ({ extensionContext }, use) => {
    // Each test starts from the defaults: preferences, progress and tab state are shared by
    // every page of the browser.
    await (await backgroundWorker(extensionContext)).evaluate(async () => {
      const { chrome } = globalThis as unknown as WithChrome;
      await chrome.storage.local.clear();
      await chrome.storage.session.clear();
    });
    const page = await extensionContext.newPage();
    await use(page);
    await page.close();
  },
});

export { expect } from '@playwright/test';
