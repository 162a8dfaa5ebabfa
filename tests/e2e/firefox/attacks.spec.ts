import type { Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../lib/manifest-constants';
import { fixtureByFile, fixtureResponses } from '../harness/fixtures';
import { panelsInAllFrames, until, waitForPanel } from '../harness/guide-tab';
import { appendLoginErrors, FORGED_COMPOSER_FRAGMENT, FORGED_COMPOSER_WORDS, pageRecording, recordTypingLikeAKeylogger } from '../harness/page-scripts';
import { answerInFirefox, clickInComposer, composerFrameIn, expect, FIREFOX_EXTENSION_DIR, FIREFOX_EXTENSION_ORIGIN, firefoxTest as test } from '../harness/firefox';

/**
 * The attacks of issue 12 that apply in Firefox, from a page script as in attacks.spec.ts
 * (Chromium). Not here: the DOM-counter leak check and the worker-stop test need CDP, and
 * Firefox's extension ids are per install, so its files cannot be probed at a known address.
 */

type Storage = { storage: { local: { get(key: string): Promise<Record<string, unknown>> }; session: { get(key: string): Promise<Record<string, unknown>> } } };

const addBanner = (page: Page, text: string) => page.evaluate(appendLoginErrors, [text]);

test('Firefox: a page script cannot dismiss, close or type into our panels', async ({ tab, firefoxPage: page, extensionPage }) => {
  await tab.open(fixtureByFile('login-clean-negative.html'));
  await addBanner(page, 'Your account has been temporarily locked.');
  await addBanner(page, 'Account or password is incorrect');
  await waitForPanel(tab, 'locked');
  await waitForPanel(tab, 'wrong-credentials');
  const pressed = await page.evaluate(() => {
    let n = 0;
    for (let round = 0; round < 3; round++) {
      for (const host of document.querySelectorAll('ali-lock-guide')) {
        for (const el of host.shadowRoot!.querySelectorAll<HTMLElement>('button, a, summary, input, label')) {
          el.click();
          el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
          n++;
        }
      }
    }
    return n;
  });
  expect(pressed).toBeGreaterThan(2);
  expect((await panelsInAllFrames(tab)).sort()).toEqual(['locked', 'wrong-credentials']);

  // Nothing was stored: no setting is made from the page (the popup makes them).
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const prefs = await extensionPage.evaluate(async () => (await (globalThis as unknown as { browser: Storage }).browser.storage.local.get('prefs')).prefs ?? null);
  expect(prefs).toBeNull();
  expect((await panelsInAllFrames(tab)).sort()).toEqual(['locked', 'wrong-credentials']);
});

test('Firefox: a page script cannot stop our content script, nor learn our id from it', async ({ tab, firefoxPage: page }) => {
  await page.evaluateOnNewDocument(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    window.addEventListener('message', (e) => seen.push(JSON.stringify(e.data ?? null)));
  });
  await tab.open(fixtureByFile('login-wrong-password.html'));
  await waitForPanel(tab, 'wrong-credentials');
  expect(await page.evaluate((id) => (window as unknown as { __seen: string[] }).__seen.filter((m) => m.includes(id)), GECKO_ID)).toEqual([]);
  await page.evaluate((id) => {
    const name = `${id}:content:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
    const div = document.createElement('div');
    div.className = 'nfm-login-input-error-text';
    div.textContent = 'Too many failed attempts. Please try again later.';
    document.querySelector('form, .fm-login, body')!.append(div);
  }, GECKO_ID);
  await waitForPanel(tab, 'too-many-attempts');
  expect((await panelsInAllFrames(tab)).sort()).toEqual(['too-many-attempts', 'wrong-credentials']);
});

test('Firefox: banner frames that go away leave the tab state', async ({ firefoxPage: page, extensionPage }) => {
  const host = fixtureByFile('item-negative.html');
  const frameUrl = 'https://passport.aliexpress.com/mini_login.htm?appName=aebuyer&n=';
  const frameBody = Buffer.from(
    '<!doctype html><meta charset="utf-8"><div class="fm-login"><div class="nfm-login-input-error-text">Your account has been temporarily locked.</div></div>',
  );
  const hostBody = fixtureResponses(host);
  await answerInFirefox(page, (url) => hostBody.get(url) ?? (url.startsWith(frameUrl) ? frameBody : undefined));
  await page.goto(host.url);
  const frames = 20;
  await page.evaluate(
    (url, n) => {
      for (let i = 0; i < n; i++) {
        const f = document.createElement('iframe');
        f.src = url + i;
        f.className = 'test-frame';
        document.body.append(f);
      }
    },
    frameUrl,
    frames,
  );
  const listed = () =>
    extensionPage.evaluate(async () => {
      const tabs = ((await (globalThis as unknown as { browser: Storage }).browser.storage.session.get('tabs')).tabs ?? {}) as Record<string, { frames: object }>;
      return Object.values(tabs).reduce((n, t) => n + Object.keys(t.frames).length, 0);
    });
  await until(`${frames} frames reported`, async () => ((await listed()) === frames ? true : undefined));
  await page.evaluate(() => document.querySelectorAll('iframe.test-frame').forEach((f) => f.remove()));
  await until('no frame left in the tab state', async () => ((await listed()) === 0 ? true : undefined));
});

test('Firefox: quotes without invisible or direction-changing characters', async ({ tab, firefoxPage: page }) => {
  await tab.open(fixtureByFile('login-clean-negative.html'));
  await addBanner(page, 'Your account has been temporarily locked. \u202eesaelp\u202c \u200bcontact\u2066 us\u2069\u200e');
  await waitForPanel(tab, 'locked');
  // Inline, the banner's own words go into the support message (the panel shows a translation).
  await page.click('ali-lock-guide[data-kind="locked"] >>> [data-disclosure="compose"]');
  const composer = await composerFrameIn(page);
  const message = await until('the support message', async () =>
    (await composer.evaluate(() => document.querySelector('[data-message-en]')?.textContent ?? undefined)) ?? undefined,
  );
  expect(message).toContain('"Your account has been temporarily locked. esaelp contact us"');
});

test('Firefox: a page script sees nothing of what the user types into the composer', async ({ tab, firefoxPage: page }) => {
  await page.evaluateOnNewDocument(recordTypingLikeAKeylogger);
  await tab.open(fixtureByFile('login-wrong-password.html'));
  await waitForPanel(tab, 'wrong-credentials');
  // The page's recorder works: it sees the user type into the page's own field.
  await page.click('#fm-login-id');
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  await until('the page to record its own field', async () => ((await page.evaluate(pageRecording)).events.includes('keydown ! ') ? true : undefined));
  const before = await page.evaluate(pageRecording);

  await page.click('ali-lock-guide[data-kind="wrong-credentials"] >>> [data-disclosure="compose"]');
  const composer = await composerFrameIn(page);
  const frameHeight = () =>
    page.evaluate(() => document.querySelector('ali-lock-guide')!.shadowRoot!.querySelector('iframe.composer-frame')!.getBoundingClientRect().height);
  const opened = { frame: await frameHeight(), content: await composer.evaluate(() => document.body.scrollHeight) };
  await clickInComposer(page, composer, 'input[name="account"]');
  await page.keyboard.type('me@example.jp');
  const english = () => composer.evaluate(() => document.querySelector('[data-message-en]')!.textContent!);
  await until('the address in the message', async () => ((await english()).includes('Account (e-mail address or phone number): me@example.jp') ? true : undefined));
  await clickInComposer(page, composer, 'button.btn.primary');
  const status = await until('the copy to finish', async () => (await composer.evaluate(() => document.querySelector('[role="status"]')!.textContent)) || undefined);
  expect(status).toBe('コピーしました');

  // The frame keeps the height the panel gave it (issue 19): a frame that grew with its
  // content would tell the page, which measures the frame element, how much was typed.
  const typed = { frame: await frameHeight(), content: await composer.evaluate(() => document.body.scrollHeight) };
  console.log(`Firefox: frame/content height: opened ${opened.frame}/${opened.content} px, after typing ${typed.frame}/${typed.content} px`);
  expect(typed.frame).toBe(opened.frame);

  const after = await page.evaluate(pageRecording);
  const seen = { events: after.events.slice(before.events.length), values: after.values.filter((v) => !before.values.includes(v)) };
  console.log(`Firefox: the page recorded while the user typed into the composer: ${JSON.stringify(seen)}`);
  expect(seen).toEqual({ events: [], values: [] });
});

test('Firefox: a composer page the page frames with an address of its own says none of its words', async ({ tab, firefoxPage: page }) => {
  await tab.open(fixtureByFile('login-wrong-password.html'));
  await waitForPanel(tab, 'wrong-credentials');
  await page.click('ali-lock-guide[data-kind="wrong-credentials"] >>> [data-disclosure="compose"]');
  await composerFrameIn(page);
  // The page frames our composer page itself, with a fragment of its own (issue 19). It cannot
  // read our frame's address (no `src`, another origin): this page was told it from elsewhere.
  await page.evaluate(
    ({ address, fragment }) => {
      const frame = document.createElement('iframe');
      frame.src = `${address}#${fragment}`;
      document.body.append(frame);
    },
    { address: `${FIREFOX_EXTENSION_ORIGIN}/composer.html`, fragment: FORGED_COMPOSER_FRAGMENT },
  );
  const shown = await until('the forged frame to show something', async () => {
    // Asked where each frame is: puppeteer may still list a frame at its first address.
    for (const frame of page.frames().slice(1)) {
      const text = await frame
        .evaluate(() =>
          location.hash.includes('meaningEn') && document.querySelector('[data-composer], [data-composer-reopen]') ? document.body.innerText : undefined,
        )
        .catch(() => undefined);
      if (text) return text;
    }
    return undefined;
  });
  console.log(`Firefox: the page's own composer frame under a forged address shows: ${JSON.stringify(shown.slice(0, 300))}`);
  for (const words of FORGED_COMPOSER_WORDS) expect(shown).not.toMatch(words);
});

test('Firefox: an update replaces the old panel, never leaving a second one with dead buttons', async ({ tab, firefox, firefoxPage: page }) => {
  await tab.open(fixtureByFile('login-wrong-password.html'));
  await waitForPanel(tab, 'wrong-credentials');
  await page.evaluate(() => {
    (window as unknown as { __old: Element }).__old = document.querySelector('ali-lock-guide')!;
  });
  // Installing the same add-on again is an update: Firefox unloads the old copy and injects
  // the new one into the open page.
  await firefox.installExtension(FIREFOX_EXTENSION_DIR);
  const hosts = () =>
    page.evaluate(() => {
      const all = [...document.querySelectorAll('ali-lock-guide')];
      return { count: all.length, oldOneStays: all.includes((window as unknown as { __old: Element }).__old) };
    });
  await until('the new copy to take over', async () => {
    const now = await hosts();
    return now.count === 1 && !now.oldOneStays ? true : undefined;
  }).catch(async (error: Error) => {
    throw new Error(`${error.message}; panels now: ${JSON.stringify(await hosts())}`);
  });
  // The panel there now answers the user: collapsing it works.
  await page.click('ali-lock-guide >>> button[aria-expanded="true"]');
  await until('the panel collapsed', async () =>
    (await page.evaluate(() => !!document.querySelector('ali-lock-guide')!.shadowRoot!.querySelector('button[aria-expanded="false"]'))) || undefined,
  );
  expect(await page.evaluate(() => document.querySelectorAll('ali-lock-guide').length)).toBe(1);
});
