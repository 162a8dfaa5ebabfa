import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ALIEXPRESS_MATCHES } from '../../../lib/manifest-constants';
import { composerFrameIn, expect, FIREFOX_EXTENSION_DIR, FIREFOX_EXTENSION_ORIGIN, FIREFOX_POPUP_URL, firefoxTest as test, openExtensionPage } from '../harness/firefox';
import { fixtureByFile } from '../harness/fixtures';
import { waitForPanel } from '../harness/guide-tab';
import { extensionAddressesInPage, loadFromAnotherSite, recordErrorsLikeATracker } from '../harness/page-scripts';

/**
 * Issue 19, item 4: no identifier of the profile for any site. A page on AliExpress, where
 * the panel and its composer frame run, finds no extension address (the frame has no `src`,
 * and its window is another origin), so not the per-install UUID; a page on another site
 * must not be able to load any of our files under the UUID either, which would let any site
 * recognise the profile.
 */

const TRACKER = 'https://tracker.example/';

/** The files the built manifest makes web-accessible (MV2's list or MV3's entries). */
function webAccessibleFiles(): string[] {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    web_accessible_resources?: (string | { resources: string[] })[];
  };
  return (manifest.web_accessible_resources ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.resources));
}

/** Serves a page of the other site and lets requests for the extension's files through (the browser decides). */
async function serveTracker(page: Page): Promise<void> {
  page.removeAllListeners('request');
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    const answer = url === TRACKER
      ? request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>tracker</title><body></body>' })
      : url.startsWith('moz-extension://')
        ? request.continue()
        : request.abort('blockedbyclient');
    answer.catch(() => undefined);
  });
}

/** Each file under each origin, with the routes that loaded it in `page`. */
async function probe(page: Page, origins: string[], files: string[]): Promise<Record<string, string[]>> {
  const loaded: Record<string, string[]> = {};
  for (const origin of origins) {
    for (const file of files) loaded[`${origin}/${file}`] = await page.evaluate(loadFromAnotherSite, `${origin}/${file}`);
  }
  return loaded;
}

test('Firefox: an AliExpress page finds no address of ours, and no other site loads our files under the UUID', async ({ tab, firefox, firefoxPage: page }) => {
  test.slow();
  const files = webAccessibleFiles();
  expect(files, 'web-accessible files in the built manifest').toContain('panel-ui.js');

  // The AliExpress page, with the panel and its composer frame open, looks everywhere it can.
  await page.evaluateOnNewDocument(recordErrorsLikeATracker);
  await tab.open(fixtureByFile('login-wrong-password.html'));
  await waitForPanel(tab, 'wrong-credentials');
  await page.click('ali-lock-guide[data-kind="wrong-credentials"] >>> [data-disclosure="compose"]');
  await composerFrameIn(page);
  const seen = await page.evaluate(extensionAddressesInPage);
  const learned = [...new Set(Object.values(seen.byRoute).flat())];
  console.log(`Firefox, AliExpress page: extension addresses by route ${JSON.stringify(seen.byRoute)}`);
  // Not even the UUID: the composer frame has no `src` (ComposerFrame.tsx).
  expect(seen.byRoute, 'extension addresses the page found').toEqual({});
  // The probe works: the AliExpress page itself loads the panel's file (the content script needs it).
  const onAliExpress = await probe(page, [FIREFOX_EXTENSION_ORIGIN], files);
  console.log(`Firefox, AliExpress page loads: ${JSON.stringify(onAliExpress)}`);
  expect(onAliExpress[`${FIREFOX_EXTENSION_ORIGIN}/panel-ui.js`], 'the AliExpress page loads panel-ui.js').not.toEqual([]);

  // Another site tries every file under what the AliExpress page learned, and under the real UUID.
  const tracker = await firefox.newPage();
  try {
    await serveTracker(tracker);
    await tracker.goto(TRACKER);
    const origins = [...new Set([...learned.filter((a) => a.startsWith('moz-extension://')), FIREFOX_EXTENSION_ORIGIN])];
    const loaded = await probe(tracker, origins, files);
    console.log(`Firefox, ${TRACKER} loads: ${JSON.stringify(loaded)}`);
    expect(loaded, 'what another site loaded of our files').toEqual(Object.fromEntries(Object.keys(loaded).map((url) => [url, []])));
  } finally {
    await tracker.close().catch(() => undefined);
  }
});

type Permissions = {
  permissions: {
    contains(p: { origins: string[] }): Promise<boolean>;
    getAll(): Promise<{ origins?: string[] }>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
};

test('Firefox: the AliExpress sites are granted at install, with no step for the user (Manifest V3 makes them revocable)', async ({ extensionPage }) => {
  const granted = await extensionPage.evaluate(async (origins) => {
    const { permissions } = (globalThis as unknown as { browser: Permissions }).browser;
    return { all: await permissions.contains({ origins }), origins: (await permissions.getAll()).origins ?? [] };
  }, ALIEXPRESS_MATCHES);
  console.log(`Firefox: granted origins at install ${JSON.stringify(granted.origins)}`);
  expect(granted.all, 'every site the content script runs on is granted').toBe(true);
});

test('Firefox: with the AliExpress sites withdrawn, the popup says so and asks for them again', async ({ firefox, extensionPage }) => {
  const access = (remove: boolean) =>
    extensionPage.evaluate(
      async ({ origins, remove }) => {
        const { permissions } = (globalThis as unknown as { browser: Permissions }).browser;
        if (remove) await permissions.remove({ origins });
        return permissions.contains({ origins });
      },
      { origins: ALIEXPRESS_MATCHES, remove },
    );
  // As a user does in the extensions menu or about:addons.
  expect(await access(true), 'withdrawn').toBe(false);
  const popup = await firefox.newPage();
  try {
    await openExtensionPage(popup, FIREFOX_POPUP_URL, 'html[data-ready="true"]');
    await popup.waitForSelector('[data-site-access]');
    const notice = await popup.evaluate(() => document.querySelector('[data-site-access]')!.textContent!);
    console.log(`Firefox popup without site access: ${notice}`);
    expect(notice).toContain('AliExpress');
    // The user's click asks again (a request needs one); the notice goes once granted.
    await popup.click('[data-site-access] button');
    await popup.waitForSelector('[data-site-access]', { hidden: true });
    expect(await access(false), 'granted again').toBe(true);
  } finally {
    await popup.close().catch(() => undefined);
  }
});
