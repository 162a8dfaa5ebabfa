import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../lib/manifest-constants';
import type { FixturePage } from '../../fixtures/pages';
import { scaled } from '../../time-factor';
import { resetStorageKeeping } from './extension-scripts';
import { PANEL_CLOCK } from './panel-clock';
import { FIXTURE_CONTENT_TYPE, fixtureResponses, panelSelector } from './fixtures';
import { activeTabId, EXTENSION_WAIT_MS, until, type GuideFrame, type GuideTab } from './guide-tab';
import { EARLY_HEAD_KIT_NAME } from '../../../lib/storage/keys';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../../.output/firefox-mv3', import.meta.url));
/** Pinned through the profile, so the extension's pages have a known address. */
export const FIREFOX_EXTENSION_UUID = '6f1c2a9e-4b7d-4e0a-9c35-0a1b2c3d4e5f';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
export const FIREFOX_POPUP_URL = `${FIREFOX_EXTENSION_ORIGIN}/popup.html`;

/**
 * Starts Debian's Firefox ESR headless over WebDriver BiDi (puppeteer-core, nothing
 * downloaded) on a fresh profile, and installs the built extension as a temporary add-on
 * (the benchmark passes the build it measures, which `BENCH_ROOT` may place elsewhere).
 */
export async function launchFirefox(profile: string, extensionDir = FIREFOX_EXTENSION_DIR): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    // Without it, BiDi refuses to navigate a tab to the extension's own moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // The popup's "allow access" asks for the AliExpress sites again; headless, no one could
      // answer the prompt, so the request is granted as if the user had accepted it.
      'extensions.webextOptionalPermissionPrompts': false,
    },
    // Start-up takes 2–4 s on an idle machine.
    timeout: scaled(60_000),
    protocolTimeout: scaled(60_000),
  });
  try {
    await browser.installExtension(extensionDir);
    return browser;
  } catch (error) {
    await closeFirefox(browser);
    throw error;
  }
}

/** Closes the browser, and ends its process if it does not go within a few seconds. */
export async function closeFirefox(browser: Browser): Promise<void> {
  const child = browser.process();
  const exited = child && child.exitCode === null && child.signalCode === null
    ? new Promise<void>((resolve) => child.once('exit', () => resolve()))
    : Promise.resolve();
  const killer = setTimeout(() => child?.kill('SIGKILL'), 5000);
  await browser.close().catch(() => child?.kill('SIGKILL'));
  await exited;
  clearTimeout(killer);
}

/**
 * Answers the tab's requests with `bodyFor(url)`, lets the extension's own files through,
 * and fails every other request so that a stray shows. The bodies are bytes, which puppeteer
 * sends base64-encoded: Firefox ESR 140 decodes a BiDi body sent as a string as Latin-1,
 * which turned the Japanese and Russian pages into mojibake. The one way pages are served
 * in Firefox, by the harness, the specs that add frames of their own and the demo.
 */
export async function answerInFirefox(page: Page, bodyFor: (url: string) => Buffer | undefined): Promise<void> {
  // One set of answers per tab at a time: a later call replaces the earlier one's.
  page.removeAllListeners('request');
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    const body = bodyFor(url);
    const answer = body !== undefined
      ? request.respond({ status: 200, contentType: FIXTURE_CONTENT_TYPE, body })
      : url.startsWith('moz-extension://')
        ? request.continue()
        : request.abort('blockedbyclient');
    // The tab may be gone by the time the answer arrives.
    answer.catch(() => undefined);
  });
}

/** Serves a fixture and its frames at their real addresses (see `answerInFirefox`). */
export async function serveFixtureInFirefox(page: Page, fixture: FixturePage): Promise<void> {
  const bodies = fixtureResponses(fixture);
  await answerInFirefox(page, (url) => bodies.get(url));
}

/**
 * Loads an extension page (`moz-extension://…`) in `page` and waits for `readySelector` in
 * it. Such a navigation never reports completion over BiDi (Firefox ESR 140 and 153), so the
 * navigation is not awaited and the new document's own signal is asked for instead: until
 * the document at `url` has replaced the old one, the question may reach the old document
 * or one being torn down, which fails in ways Firefox does not name consistently ("no such
 * frame", or a TypeError from its BiDi code); it is asked again then, up to the usual wait.
 */
export async function openExtensionPage(page: Page, url: string, readySelector: string): Promise<void> {
  page.goto(url).catch(() => undefined);
  let lastError: unknown;
  const ready = (arg: { url: string; selector: string }) => location.href === arg.url && !!document.querySelector(arg.selector);
  await until(`${readySelector} in ${url}`, async () => {
    try {
      return (await page.evaluate(ready, { url, selector: readySelector })) || undefined;
    } catch (error) {
      lastError = error;
      return undefined;
    }
  }).catch((error: unknown) => {
    throw lastError === undefined ? error : new Error(`${String(error)} (last error: ${String(lastError)})`);
  });
}

/**
 * The composer a panel of `page` opened: the extension's page in the panel's frame
 * (lib/messaging/composer-frame.ts), once it has rendered. Found by asking each frame where it is:
 * puppeteer may still list it at `about:blank`, the address it had before its page loaded.
 */
export function composerFrameIn(page: Page): Promise<Frame> {
  const composerPage = `${FIREFOX_EXTENSION_ORIGIN}/composer.html`;
  return until('the composer frame', async () => {
    for (const frame of page.frames().slice(1)) {
      const ready = await frame
        .evaluate((prefix) => location.href.startsWith(prefix) && !!document.querySelector('[data-composer]'), composerPage)
        .catch(() => false);
      if (ready) return frame;
    }
    return undefined;
  });
}

/**
 * Clicks `selector` in the composer frame as the user does: the panel's boxes (and the page) scrolled
 * to bring it into view, then the mouse at its centre. (puppeteer's own `frame.click` looks
 * for the frame's element from the page, and does not find it inside the panel's shadow root.)
 */
export async function clickInComposer(page: Page, composer: Frame, selector: string): Promise<void> {
  // Where the element is in the frame's window (brought into it first: the frame is shorter
  // than its content and scrolls inside), and that it is the element found at that point.
  const inFrame = () =>
    composer.evaluate((sel) => {
      const el = document.querySelector(sel)!;
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      const point = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      const hit = document.elementFromPoint(point.x, point.y);
      return hit && (hit === el || el.contains(hit)) ? point : undefined;
    }, selector);
  const placeInPage = (point: { x: number; y: number }) => page.evaluate(async (point) => {
    const root = document.querySelector('ali-lock-guide')!.shadowRoot!;
    const frame = root.querySelector('iframe.composer-frame')!;
    // Each box of the panel that scrolls (its opened sections scroll under the head) brings
    // the point to its middle, innermost first.
    for (let box = frame.parentElement; box; box = box.parentElement) {
      if (box.scrollHeight <= box.clientHeight) continue;
      const top = box.getBoundingClientRect().top;
      box.scrollTop += frame.getBoundingClientRect().top + point.y - (top + box.clientHeight / 2);
    }
    const y = frame.getBoundingClientRect().top + point.y;
    if (y < 0 || y > innerHeight) window.scrollBy(0, y - innerHeight / 2);
    // The boxes just scrolled: the point is read after two frames have been drawn.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const box = frame.getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }, point);
  // One look: the element's place in the frame (which a render after typing can move, or
  // the frame's own scrolling), then the frame's place in the page (a panel still placing
  // itself can move it). Clicked only where two looks in a row agree.
  const look = async () => {
    const point = await inFrame();
    return point ? placeInPage(point) : undefined;
  };
  const at = await until('the composer frame and its element to stay put', async () => {
    const [first, second] = [await look(), await look()];
    return first && second && first.x === second.x && first.y === second.y ? second : undefined;
  });
  await page.mouse.click(at.x, at.y);
}

/**
 * Sizes the page's viewport. puppeteer sends the viewport and a screen-orientation override
 * together, and Firefox ESR 140 does not know the second command: its rejection is let
 * through, and the viewport is set alone (checked in the page).
 */
export async function setFirefoxViewport(page: Page, width: number, height: number): Promise<void> {
  try {
    await page.setViewport({ width, height });
  } catch (error) {
    if (!/unknown command emulation\.setScreenOrientationOverride/.test(String(error))) throw error;
    // The viewport alone, as WebDriver BiDi's browsingContext.setViewport (puppeteer's own binding).
    const context = (page.mainFrame() as unknown as { browsingContext: { setViewport(o: { viewport: { width: number; height: number } }): Promise<void> } }).browsingContext;
    await context.setViewport({ viewport: { width, height } });
  }
  // The page sees the new size once it has laid out again.
  await until(`a ${width}×${height} viewport`, async () =>
    (await page.evaluate(([w, h]) => innerWidth === w && innerHeight === h, [width, height])) || undefined,
  );
}

function guideFrame(frame: Frame): GuideFrame {
  return {
    url: () => frame.url(),
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => frame.evaluate(fn as (arg: unknown) => unknown, arg as unknown) as Promise<R>,
    waitForSelector: async (selector, timeoutMs) => {
      await frame.waitForSelector(selector, { timeout: timeoutMs });
    },
  };
}

interface FirefoxWorkerFixtures {
  firefox: Browser;
  /** A tab on the extension's popup page: an extension context with the `tabs` API. */
  extensionPage: Page;
}

interface FirefoxTestFixtures {
  /** A fresh tab on default settings, with the panel clock installed before any page script. */
  firefoxPage: Page;
  tab: GuideTab;
}

/** Opens the worker's extension page again (set by the `extensionPage` fixture). */
let reviveExtensionPage: () => Promise<void> = async () => undefined;

/** Playwright's test runner with one Firefox ESR per worker, driven by puppeteer-core. */
export const firefoxTest = base.extend<FirefoxTestFixtures, FirefoxWorkerFixtures>({
  firefox: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      if (!existsSync(FIREFOX)) {
        throw new Error(`Firefox ESR not found at ${FIREFOX}. Install it: apt-get install -y firefox-esr`);
      }
      if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
        throw new Error(`No built extension at ${FIREFOX_EXTENSION_DIR}. Run: npm run build`);
      }
      const profile = mkdtempSync(join(tmpdir(), 'alg-firefox-'));
      try {
        const browser = await launchFirefox(profile);
        try {
          await use(browser);
        } finally {
          await closeFirefox(browser);
        }
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
    { scope: 'worker', timeout: scaled(90_000) },
  ],
  extensionPage: [
    async ({ firefox }, use) => {
      let current = await firefox.newPage();
      await openExtensionPage(current, FIREFOX_POPUP_URL, 'html[data-ready="true"]');
      // A test that updates the add-on closes its pages: the next test gets a new one through
      // the same object (it stands for whichever extension page is open now).
      const page = new Proxy({} as Page, {
        get(_target, property) {
          const value = Reflect.get(current, property, current) as unknown;
          return typeof value === 'function' ? value.bind(current) : value;
        },
      });
      reviveExtensionPage = async () => {
        await current.close().catch(() => undefined);
        current = await firefox.newPage();
        await openExtensionPage(current, FIREFOX_POPUP_URL, 'html[data-ready="true"]');
      };
      await use(page);
      await current.close().catch(() => undefined);
    },
    { scope: 'worker' },
  ],
  firefoxPage: async ({ firefox, extensionPage }, use) => {
    const clear = () => extensionPage.evaluate(resetStorageKeeping, { storageName: EARLY_HEAD_KIT_NAME, timeoutMs: EXTENSION_WAIT_MS });
    await clear().catch(async (error: unknown) => {
      // A test that reloads the extension (an update) takes its pages with it: open it again.
      if (!/no such frame|detached|context was destroyed/i.test(String(error))) throw error;
      await reviveExtensionPage();
      await clear();
    });
    const page = await firefox.newPage();
    await page.evaluateOnNewDocument(PANEL_CLOCK);
    await use(page);
    await page.close().catch(() => undefined);
  },
  tab: async ({ firefox, firefoxPage, extensionPage }, use) => {
    await use({
      browserName: 'firefox',
      open: async (fixture) => {
        await serveFixtureInFirefox(firefoxPage, fixture);
        await firefoxPage.goto(fixture.url);
        if (fixture.click) await firefoxPage.click(fixture.click);
      },
      frames: () => firefoxPage.frames().map(guideFrame),
      evaluateInExtension: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
        extensionPage.evaluate(fn as (arg: unknown) => unknown, arg as unknown) as Promise<R>,
      clickInPanel: (kind, selector) => firefoxPage.click(`${panelSelector(kind)} >>> ${selector}`),
      openPopup: async () => {
        await firefoxPage.bringToFront();
        const tabId = await extensionPage.evaluate(activeTabId);
        const popup = await firefox.newPage();
        await openExtensionPage(popup, `${FIREFOX_POPUP_URL}?tab=${tabId}`, 'html[data-ready="true"]');
        return { ...guideFrame(popup.mainFrame()), close: () => popup.close() };
      },
      typeInPage: (selector, text) => firefoxPage.type(selector, text),
    });
  },
});

export { expect } from '@playwright/test';
