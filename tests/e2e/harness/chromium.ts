import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, chromium, type BrowserContext, type Frame, type FrameLocator, type Locator, type Page, type Route, type Worker } from '@playwright/test';
import type { FixturePage } from '../../fixtures/pages';
import { scaled } from '../../time-factor';
import { resetStorageKeeping } from './extension-scripts';
import { PANEL_CLOCK } from './panel-clock';
import CHROMIUM_FLAGS from './chromium-flags.json' with { type: 'json' };
import { FIXTURE_CONTENT_TYPE, fixtureByFile, fixtureResponses, panelSelector } from './fixtures';
import { activeTabId, EXTENSION_WAIT_MS, type GuideFrame, type GuideTab } from './guide-tab';
import { EARLY_HEAD_KIT_NAME } from '../../../lib/storage/keys';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));

/** Chromium's arguments with the built extension loaded (the benchmark uses the same list). */
export function chromiumArgs(extensionDir: string): string[] {
  // Both extension flags are needed: without --disable-extensions-except, Playwright's own
  // --disable-extensions wins.
  return [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_FLAGS.flags];
}

/**
 * A route handler that answers with saved pages at their addresses (`bodies`); the
 * extension's own files load as usual, and every other request fails.
 */
export function answerWithFixtures(bodies: ReadonlyMap<string, Buffer>): (route: Route) => Promise<void> {
  return (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const body = bodies.get(url);
    if (body !== undefined) return route.fulfill({ status: 200, contentType: FIXTURE_CONTENT_TYPE, body });
    // Single-page navigations change the address without a request; anything else is a stray.
    return route.abort('blockedbyclient');
  };
}

/** Serves a fixture and its frames at their real addresses; every other request fails. */
export async function serveFixture(page: Page, fixture: FixturePage): Promise<void> {
  await page.route('**/*', answerWithFixtures(fixtureResponses(fixture)));
}

/** Serves the fixture (given as itself or by file name), loads it and clicks `fixture.click` if it has one. */
export async function openFixture(page: Page, which: FixturePage | string): Promise<FixturePage> {
  const fixture = typeof which === 'string' ? fixtureByFile(which) : which;
  await serveFixture(page, fixture);
  await page.goto(fixture.url);
  if (fixture.click) await page.click(fixture.click);
  return fixture;
}

/**
 * Turns the extension off and on from chrome://extensions: the page's copy of the content
 * script is orphaned just as by a reload or an update. (developerPrivate.reload leaves an
 * unpacked extension disabled in headless Chromium, so it cannot be used.)
 */
export async function restartExtension(context: BrowserContext): Promise<void> {
  const manager = await context.newPage();
  await manager.goto('chrome://extensions');
  await manager.evaluate(async () => {
    type Chrome = {
      developerPrivate: { getExtensionsInfo(): Promise<{ id: string; path?: string }[]> };
      management: { setEnabled(id: string, enabled: boolean): Promise<void> };
    };
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const ours = (await chrome.developerPrivate.getExtensionsInfo()).find((e) => e.path?.endsWith('chrome-mv3'));
    await chrome.management.setEnabled(ours!.id, false);
    await chrome.management.setEnabled(ours!.id, true);
  });
  await manager.close();
}

/** The composer a panel opened: the extension's page in the panel's frame (lib/messaging/composer-frame.ts). */
export function composerIn(panel: Locator): FrameLocator {
  return panel.locator('iframe.composer-frame').contentFrame();
}

type Chrome = typeof import('wxt/browser').browser;
/** The extension's `chrome`, inside the worker: `(globalThis as unknown as WithChrome).chrome`. */
export type WithChrome = { chrome: Chrome };

/** The extension's background service worker, started again if it was stopped. */
export async function backgroundWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return running ?? context.waitForEvent('serviceworker');
}

/**
 * A web-accessible file's address as content scripts get it (`runtime.getURL`): under the
 * per-session id of `use_dynamic_url`, the only address a page may load it by. (A frame's
 * committed address names the fixed id instead.)
 */
export async function sessionAddressOf(context: BrowserContext, file: '/composer.html' | '/panel-ui.js'): Promise<string> {
  const worker = await backgroundWorker(context);
  return worker.evaluate((path) => (globalThis as unknown as WithChrome).chrome.runtime.getURL(path as '/composer.html'), file);
}

/** The extension's id: the host of its service worker's address. */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  return new URL((await backgroundWorker(context)).url()).host;
}

/** Opens the toolbar popup in a tab (for the tab `tabId`, if given) and waits until it is interactive. */
export async function openPopup(context: BrowserContext, extensionId: string, tabId?: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html${tabId ? `?tab=${tabId}` : ''}`);
  await popup.waitForSelector('html[data-ready="true"]');
  return popup;
}

function guideFrame(frame: Frame): GuideFrame {
  return {
    url: () => frame.url(),
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => frame.evaluate(fn as (arg: unknown) => unknown, arg as unknown) as Promise<R>,
    waitForSelector: async (selector, timeoutMs) => {
      await frame.waitForSelector(selector, { state: 'attached', timeout: timeoutMs });
    },
  };
}

/** The browser-neutral view (guide-tab.ts) of a Playwright page in the extension's browser. */
export function chromiumGuideTab(page: Page): GuideTab {
  return {
    browserName: 'chromium',
    open: async (fixture) => void (await openFixture(page, fixture)),
    frames: () => page.frames().map(guideFrame),
    evaluateInExtension: async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      (await backgroundWorker(page.context())).evaluate(fn as (arg: unknown) => unknown, arg as unknown) as Promise<R>,
    clickInPanel: (kind, selector) => page.locator(panelSelector(kind)).locator(selector).click(),
    openPopup: async () => {
      await page.bringToFront();
      const worker = await backgroundWorker(page.context());
      const popup = await openPopup(page.context(), new URL(worker.url()).host, await worker.evaluate(activeTabId));
      return { ...guideFrame(popup.mainFrame()), close: () => popup.close() };
    },
    typeInPage: (selector, text) => page.locator(selector).pressSequentially(text),
  };
}

interface ExtensionFixtures {
  extensionContext: BrowserContext;
  extensionId: string;
}

/** Playwright's test with one Chromium per worker (fresh profile, the built extension loaded). */
export const test = base.extend<{ page: Page; tab: GuideTab }, ExtensionFixtures>({
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
      try {
        const context = await chromium.launchPersistentContext(profile, {
          executablePath: CHROMIUM,
          headless: true,
          args: chromiumArgs(EXTENSION_DIR),
        });
        try {
          await context.addInitScript(PANEL_CLOCK);
          await use(context);
        } finally {
          await context.close();
        }
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
    { scope: 'worker', timeout: scaled(60_000) },
  ],
  extensionId: [async ({ extensionContext }, use) => use(await extensionIdOf(extensionContext)), { scope: 'worker' }],
  page: async ({ extensionContext }, use) => {
    await (await backgroundWorker(extensionContext)).evaluate(resetStorageKeeping, { storageName: EARLY_HEAD_KIT_NAME, timeoutMs: EXTENSION_WAIT_MS });
    const page = await extensionContext.newPage();
    await use(page);
    await page.close();
  },
  tab: async ({ page }, use) => use(chromiumGuideTab(page)),
});

export { expect } from '@playwright/test';
