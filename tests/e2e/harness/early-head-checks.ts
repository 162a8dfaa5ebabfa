import { expect } from '@playwright/test';
import type { Kind } from '../../../lib/detect/kinds';
import { headOf } from '../../../lib/explain/heads';
import { guideFor } from '../../../lib/explain/guide';
import { fixtureByFile, panelSelector } from './fixtures';
import { evaluateInFrame, until, waitForFirstPass, waitForPanel, type GuideTab } from './guide-tab';
import { revealUnseenBanner, showUnseenBanner, UNSEEN_BANNERS } from './page-scripts';

/**
 * The panel's early head (lib/content/early-head.ts), the same in every browser: on an ordinary
 * page, where the panel UI is not loaded ahead of need, the content script shows the
 * panel's head the moment a banner appears, and the UI then fills in the same element.
 */

/** What a page script saw of each panel host the moment it was added to the page. */
interface HostSeen {
  kind: string;
  /** `early` for the early head, `none` for a panel the UI rendered itself. */
  state: string;
  headline: string;
  note: string | null;
  /** The full panel's "now" section was there already. */
  full: boolean;
  /** Where the host was, rounded to px: the panel UI must fill it in without moving it. */
  box: { left: number; top: number; width: number };
}

/** Page script: records every panel host as it is added (a MutationObserver, so at once). */
function recordHosts(): void {
  const w = window as unknown as { __hostsSeen: HostSeen[]; __hosts: Element[] };
  w.__hostsSeen = [];
  w.__hosts = [];
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeName !== 'ALI-LOCK-GUIDE') continue;
        const host = node as HTMLElement;
        const root = host.shadowRoot;
        w.__hosts.push(host);
        w.__hostsSeen.push({
          kind: host.dataset.kind ?? '',
          state: root?.querySelector('.panel.early-head') ? 'early' : 'none',
          headline: root?.querySelector('h2')?.textContent ?? '',
          note: root?.querySelector('.note')?.textContent ?? null,
          full: !!root?.querySelector('[data-now]'),
          box: (({ left, top, width }) => ({ left: Math.round(left), top: Math.round(top), width: Math.round(width) }))(host.getBoundingClientRect()),
        });
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

/** Page script: the site shows error lines, as its own script would (role=alert, as AliExpress's toasts). */
function showBanners(texts: string[]): void {
  for (const text of texts) {
    const div = document.createElement('div');
    div.setAttribute('role', 'alert');
    div.className = 'error-banner';
    div.textContent = text;
    document.body.prepend(div);
  }
}

const hostsSeen = (tab: GuideTab) =>
  evaluateInFrame(tab, undefined, () => (window as unknown as { __hostsSeen: HostSeen[] }).__hostsSeen, undefined);

/** Extension context: stores raw preferences, as the popup does. */
async function storePrefs(prefs: object): Promise<void> {
  type Area = { set(items: object): Promise<void> };
  const api = (globalThis as unknown as { browser?: { storage: { local: Area } } }).browser ??
    (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome;
  await api.storage.local.set({ prefs });
}

const LOCK_TEXT = 'Your account has been temporarily locked.';
const WRONG_PASSWORD_TEXT = 'Your account name or password is incorrect.';

async function openOrdinaryPage(tab: GuideTab): Promise<void> {
  await tab.open(fixtureByFile('item-negative.html'));
  await waitForFirstPass(tab);
  await evaluateInFrame(tab, undefined, recordHosts, undefined);
}

/** The panel of `kind` as it is now, and whether it is the host the page saw added first. */
const panelNow = (tab: GuideTab, kind: Kind) =>
  evaluateInFrame(
    tab,
    undefined,
    (selector) => {
      const host = document.querySelector(selector)!;
      return {
        same: host === (window as unknown as { __hosts: Element[] }).__hosts[0],
        hosts: document.querySelectorAll('ali-lock-guide').length,
        earlyHead: !!host.shadowRoot!.querySelector('.early-head'),
        headline: host.shadowRoot!.querySelector('h2')?.textContent,
        note: host.shadowRoot!.querySelector('.note')?.textContent ?? null,
        full: !!host.shadowRoot!.querySelector('[data-now]'),
        box: (({ left, top, width }) => ({ left: Math.round(left), top: Math.round(top), width: Math.round(width) }))(host.getBoundingClientRect()),
      };
    },
    panelSelector(kind),
  );

/**
 * The lock panel was added to the page showing its head only (one host added since
 * `recordHosts`), and is now the whole panel in that same element and place; `hosts` panels in all.
 */
async function expectLockHeadThenPanel(tab: GuideTab, hosts: number): Promise<void> {
  await waitForPanel(tab, 'locked');
  const head = headOf('locked');
  const [seen, ...more] = await hostsSeen(tab);
  expect(more, 'one host added').toEqual([]);
  // The lock's reassurance is not true of every lock message: the full panel adds it.
  expect(seen, 'added showing the head only').toMatchObject({ kind: 'locked', state: 'early', headline: head.meaning.ja, note: null, full: false });
  expect(await panelNow(tab, 'locked'), 'the panel UI filled in the same element, in the same place').toEqual({
    same: true, hosts, earlyHead: false, headline: head.meaning.ja, note: guideFor('locked').note!.ja, full: true, box: seen!.box,
  });
}

/** On an ordinary page: the head at once, then the whole panel in the same element. */
export async function checkEarlyHeadThenPanel(tab: GuideTab): Promise<void> {
  await openOrdinaryPage(tab);
  await evaluateInFrame(tab, undefined, showBanners, [LOCK_TEXT]);
  await expectLockHeadThenPanel(tab, 1);
}

/**
 * On a login page the panel UI is loaded ahead of need, and still the frame that shows a new
 * banner carries the panel's head only (issue 22: the first panel within half a frame): the
 * UI draws the head at once and fills in the same element after the paint.
 */
export async function checkHeadFirstWithTheUiLoaded(tab: GuideTab): Promise<void> {
  await tab.open(fixtureByFile('login-clean-negative.html'));
  await waitForFirstPass(tab);
  // A whole panel for a first banner: the UI is loaded now.
  await evaluateInFrame(tab, undefined, showBanners, [WRONG_PASSWORD_TEXT]);
  await waitForPanel(tab, 'wrong-credentials');
  await evaluateInFrame(tab, undefined, recordHosts, undefined);
  await evaluateInFrame(tab, undefined, showBanners, [LOCK_TEXT]);
  await expectLockHeadThenPanel(tab, 2);
}

const NOT_AUTHORIZED_TEXT = 'Sorry, you are not authorized to sign into this account.';
const LOCK_NOTE_WORDS = '元に戻ります';

/**
 * "Not authorized to sign into this account" is a lock whose only advice is customer service
 * (docs/KNOWLEDGE.md `support.not-authorized`): neither the early head nor the full panel
 * says that the account usually comes back.
 */
export async function checkNotAuthorizedSaysNoMoreThanTheHelpCenter(tab: GuideTab): Promise<void> {
  await openOrdinaryPage(tab);
  await evaluateInFrame(tab, undefined, showBanners, [NOT_AUTHORIZED_TEXT]);
  await waitForPanel(tab, 'locked');
  const [seen] = await hostsSeen(tab);
  expect(seen, 'the early head: the headline alone').toMatchObject({ kind: 'locked', state: 'early', headline: headOf('locked').meaning.ja, note: null });
  const full = await evaluateInFrame(
    tab,
    undefined,
    (selector) => {
      const root = document.querySelector(selector)!.shadowRoot!;
      return {
        now: root.querySelector<HTMLElement>('.panel[data-now]')?.dataset.now,
        note: root.querySelector('.note')?.textContent ?? null,
        text: root.querySelector('.panel')?.textContent ?? '',
      };
    },
    panelSelector('locked'),
  );
  expect(full.now, 'the full panel sends the user to customer service').toBe('support.not-authorized');
  expect(full.note, 'no note under the headline').toBeNull();
  expect(full.text, 'no lock reassurance anywhere in the panel').not.toContain(LOCK_NOTE_WORDS);
}

/** What the preferences do not allow never shows, not even for a moment; the chosen language is used. */
export async function checkEarlyHeadFollowsPrefs(tab: GuideTab): Promise<void> {
  await tab.evaluateInExtension(storePrefs, { enabled: true, inlineHints: true, language: 'en', dismissedKinds: ['locked'] });
  await openOrdinaryPage(tab);
  await evaluateInFrame(tab, undefined, showBanners, [LOCK_TEXT, WRONG_PASSWORD_TEXT]);
  await waitForPanel(tab, 'wrong-credentials');
  const head = headOf('wrong-credentials');
  const seen = await hostsSeen(tab);
  expect(seen, 'no host for the dismissed kind; the other one in English').toHaveLength(1);
  expect(seen[0]).toMatchObject({ kind: 'wrong-credentials', state: 'early', headline: head.meaning.en, note: null, full: false });

  // Switched off: no host at all, once the detector has seen the banner.
  await tab.evaluateInExtension(storePrefs, { enabled: false, inlineHints: true, language: 'ja', dismissedKinds: [] });
  await openOrdinaryPage(tab);
  await evaluateInFrame(tab, undefined, showBanners, [LOCK_TEXT]);
  await until('the detector to see the lock', async () =>
    ((await waitForFirstPass(tab)).kinds as Kind[]).includes('locked') || undefined,
  );
  expect(await hostsSeen(tab), 'nothing while the extension is off').toEqual([]);
}

/** Page script: defines our panel's tag as its own element, which takes a closed shadow root at once. */
function defineOurTagAsThePages(): void {
  customElements.define(
    'ali-lock-guide',
    class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'closed' });
      }
    },
  );
}

/**
 * A page that defines our tag as a custom element of its own (custom element definitions
 * are shared with content scripts) cannot keep the panel away: it still appears, with our
 * open shadow root and its content.
 */
export async function checkPanelDespiteThePagesElement(tab: GuideTab): Promise<void> {
  await openOrdinaryPage(tab);
  await evaluateInFrame(tab, undefined, defineOurTagAsThePages, undefined);
  await evaluateInFrame(tab, undefined, showBanners, [LOCK_TEXT]);
  await waitForPanel(tab, 'locked');
  const hosts = await evaluateInFrame(tab, undefined, () => document.querySelectorAll('ali-lock-guide').length, undefined);
  expect(hosts).toBe(1);
}

/**
 * Issue 19: a banner the user cannot see gets no early head either. On an ordinary page (the
 * panel UI not loaded yet) a page script shows a lock banner placed off the document or
 * nearly transparent and watches for our host: had an early head come, its absence would
 * tell the page that the kind is dismissed. A visible banner of another kind then proves the
 * extension looked (its panel comes); the lock's panel comes once the banner is plain to see.
 */
export async function checkNoEarlyHeadForUnseenBanners(tab: GuideTab): Promise<void> {
  for (const how of UNSEEN_BANNERS) {
    await openOrdinaryPage(tab);
    await evaluateInFrame(tab, undefined, showUnseenBanner, how);
    await until(`the detector to see the ${how} lock`, async () => ((await waitForFirstPass(tab)).kinds as Kind[]).includes('locked') || undefined);
    await evaluateInFrame(tab, undefined, showBanners, [WRONG_PASSWORD_TEXT]);
    await waitForPanel(tab, 'wrong-credentials');
    const kinds = (await hostsSeen(tab)).map((seen) => seen.kind);
    console.log(`${how} lock banner on an ordinary page: hosts added ${JSON.stringify(kinds)}`);
    expect(kinds, `no host for the ${how} lock`).not.toContain('locked');
    await evaluateInFrame(tab, undefined, revealUnseenBanner, undefined);
    await waitForPanel(tab, 'locked');
  }
}
