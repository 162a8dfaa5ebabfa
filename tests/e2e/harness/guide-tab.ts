import type { Kind } from '../../../lib/detect/kinds';
import { FIRST_PASS_QUERY, type FirstPassAnswer, type FirstPassReply } from '../../../lib/content/first-pass-query';
import type { HintKind } from '../../../lib/hints/fields';
import type { FixturePage } from '../../fixtures/pages';
import { scaled } from '../../time-factor';
import { hintSelector, panelSelector } from './fixtures';

/**
 * How long to wait for something the extension does on its own (a panel, a hint, the
 * first pass). It takes well under a second on an idle machine; the margin is for two
 * cores shared with other test runs and browsers, and grows with the time factor.
 */
export const EXTENSION_WAIT_MS = scaled(10_000);

/** One document of a tab (the page or one of its frames), whichever browser drives it. */
export interface GuideFrame {
  url(): string;
  /** Runs `fn` in the frame (the page's world) with one JSON-able argument. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Waits until an element matching `selector` is in the document. */
  waitForSelector(selector: string, timeoutMs: number): Promise<void>;
}

/**
 * A browser tab with the extension installed, through Playwright (Chromium) or
 * puppeteer-core (Firefox). The checks in `fixture-checks.ts` are written once against it.
 */
export interface GuideTab {
  readonly browserName: 'chromium' | 'firefox';
  /** Serves the fixture (and its frames) at their real addresses, loads it, clicks `fixture.click`. */
  open(fixture: FixturePage): Promise<void>;
  /** The tab's documents, the page first. */
  frames(): GuideFrame[];
  /** Runs `fn` in an extension context that has the `tabs` API (background or extension page). */
  evaluateInExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Clicks, as the user does (a trusted event), the element `selector` inside the top document's panel of `kind`. */
  clickInPanel(kind: Kind, selector: string): Promise<void>;
  /** Opens the toolbar popup for this tab (as the toolbar button would) once it is interactive. */
  openPopup(): Promise<ExtensionPage>;
  /** Types `text` into the top document's field `selector`, key by key, as the user does. */
  typeInPage(selector: string, text: string): Promise<void>;
}

/** An extension page the test opened (the popup): a document to read, and a way to close it. */
export interface ExtensionPage extends GuideFrame {
  close(): Promise<void>;
}

/**
 * Runs in the background (Chromium) or an extension page (Firefox): the id of the active tab,
 * the one the toolbar popup would describe. Self-contained, since the drivers send it as source.
 */
export async function activeTabId(): Promise<number> {
  type TabsApi = { query(info: object): Promise<{ id?: number }[]> };
  const scope = globalThis as unknown as { browser?: { tabs?: TabsApi }; chrome: { tabs: TabsApi } };
  const [tab] = await (scope.browser?.tabs ?? scope.chrome.tabs).query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

async function poll<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The tab's document whose address starts with `urlPrefix` (the page itself without one), once it exists. */
export function frameOf(tab: GuideTab, urlPrefix?: string, timeoutMs = EXTENSION_WAIT_MS): Promise<GuideFrame> {
  return poll(`a frame at ${urlPrefix ?? 'the top'}`, timeoutMs, async () =>
    urlPrefix ? tab.frames().find((f) => f.url().startsWith(urlPrefix)) : tab.frames()[0],
  );
}

/**
 * Waits for `selector` in the frame at `urlPrefix`. A frame can be replaced while it loads
 * (Firefox gives the navigated iframe a new browsing context): then the newest frame at
 * that address is asked again, until the usual deadline.
 */
async function waitInFrame(tab: GuideTab, selector: string, urlPrefix?: string): Promise<GuideFrame> {
  const deadline = Date.now() + EXTENSION_WAIT_MS;
  for (;;) {
    const frame = await frameOf(tab, urlPrefix);
    try {
      await frame.waitForSelector(selector, Math.max(deadline - Date.now(), 1));
      return frame;
    } catch (error) {
      if (Date.now() > deadline || !/no such frame|detached|context was destroyed/i.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** Runs `fn` in the newest frame at `urlPrefix` (the page without one), asking again if that frame was just replaced. */
export async function evaluateInFrame<R, A>(tab: GuideTab, urlPrefix: string | undefined, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const deadline = Date.now() + EXTENSION_WAIT_MS;
  for (;;) {
    const frame = await frameOf(tab, urlPrefix);
    try {
      return await frame.evaluate(fn, arg);
    } catch (error) {
      if (Date.now() > deadline || !/no such frame|detached|context was destroyed/i.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/**
 * Waits for the panel of `kind` in the page, or in the frame at `frameUrlPrefix`, with its
 * content: a host may first show only its head (lib/content/early-head.ts) until the panel UI has
 * loaded and filled it in. Returns that frame.
 */
export async function waitForPanel(tab: GuideTab, kind: Kind, frameUrlPrefix?: string): Promise<GuideFrame> {
  await waitInFrame(tab, panelSelector(kind), frameUrlPrefix);
  const rendered = (selector: string) => !!document.querySelector(selector)?.shadowRoot?.querySelector('.panel[data-now]');
  await poll(`the ${kind} panel's content`, EXTENSION_WAIT_MS, async () =>
    (await evaluateInFrame(tab, frameUrlPrefix, rendered, panelSelector(kind))) || undefined,
  );
  return frameOf(tab, frameUrlPrefix);
}

/** Waits for the inline hint `hint` in the page, or in the frame at `frameUrlPrefix`; returns that frame. */
export function waitForHint(tab: GuideTab, hint: HintKind, frameUrlPrefix?: string): Promise<GuideFrame> {
  return waitInFrame(tab, hintSelector(hint), frameUrlPrefix);
}

/**
 * Runs in the background (Chromium) or an extension page (Firefox): asks the top frame of
 * every tab whether its content script has finished its first pass. Self-contained, since
 * the drivers send it as source. A tab without our content script (yet) does not answer.
 */
async function askTopFrames(query: string): Promise<FirstPassAnswer[]> {
  type TabsApi = {
    query(info: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  const scope = globalThis as unknown as { browser?: { tabs?: TabsApi }; chrome: { tabs: TabsApi } };
  const tabs = scope.browser?.tabs ?? scope.chrome.tabs;
  const answers = await Promise.all(
    (await tabs.query({})).map((t) =>
      t.id === undefined ? undefined : tabs.sendMessage(t.id, query, { frameId: 0 }).catch(() => undefined),
    ),
  );
  return answers.filter((a): a is FirstPassReply => Array.isArray(a)).map(([url, ...kinds]) => ({ url, kinds }));
}

/**
 * Waits until the content script in the tab's page has read the document once, and returns
 * what it found. Asked from the extension's side (see lib/content/first-pass-query.ts), so a test
 * that expects nothing waits for this positive signal instead of sleeping. Everything the
 * page did before the call has been handled too: mutation observers run before the call
 * can reach the page.
 */
export async function waitForFirstPass(tab: GuideTab): Promise<FirstPassAnswer> {
  const url = tab.frames()[0]!.url();
  return poll(`the content script's first pass on ${url}`, EXTENSION_WAIT_MS, async () => {
    const answers = await tab.evaluateInExtension(askTopFrames, FIRST_PASS_QUERY);
    return answers.find((a) => a.url === url);
  });
}

/** The kinds of every panel in the tab, in all its frames. */
export async function panelsInAllFrames(tab: GuideTab): Promise<string[]> {
  const kinds: string[] = [];
  for (const frame of tab.frames()) {
    const found = await frame
      .evaluate((selector) => [...document.querySelectorAll<HTMLElement>(selector)].map((el) => el.dataset.kind ?? '?'), panelSelector())
      .catch((error: unknown) => {
        // A frame replaced since the list was taken holds nothing any more; its successor is listed too.
        if (/no such frame|detached|context was destroyed/i.test(String(error))) return [];
        throw error;
      });
    kinds.push(...found);
  }
  return kinds;
}

/** Polls `read` until it returns a value other than undefined. */
export function until<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = EXTENSION_WAIT_MS): Promise<T> {
  return poll(what, timeoutMs, read);
}
