import type { Page } from 'puppeteer-core';
import { expect, firefoxTest as test } from '../harness/firefox';
import { waitForPanel, until } from '../harness/guide-tab';
import { fixtureByFile } from '../harness/fixtures';
import { checkRestoringPage, checkUiDespiteOurTagsDefinedAtStart } from '../harness/page-attack-checks';
import { appendLoginErrors, defineOurTagsWithClosedRoots, steerPressOntoDismissal, type RestoreTiming, type SteeredPress } from '../harness/page-scripts';

/** The attacks of issue 19 in Firefox ESR (chromium/page-attacks.spec.ts has the Chromium side). */

test.describe('Firefox: a page that restores its form whenever something is added', () => {
  test.describe.configure({ timeout: 60_000 });
  for (const timing of ['sync', 'frame', 'task'] satisfies RestoreTiming[]) {
    test(`(${timing}) does not loop with our panel: the tab answers, placements settle`, async ({ tab }) => {
      await checkRestoringPage(tab, timing);
    });
  }
});

test('Firefox: a page that defines our tags before we start, its banner shown from the start, still gets the panel and hints', async ({ firefoxPage, tab }) => {
  await firefoxPage.evaluateOnNewDocument(defineOurTagsWithClosedRoots);
  await checkUiDespiteOurTagsDefinedAtStart(tab);
});

type Storage = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

/** The user presses what the page steered: Enter in its field, or a click where it shows its "Next". */
async function pressAsTheUser(page: Page, how: SteeredPress): Promise<void> {
  if (how === 'focus-on-enter') {
    await page.click('#fm-login-id');
    await page.keyboard.press('Enter');
    return;
  }
  const target = (await page.$(how === 'button-in-form' ? '#page-next' : 'ali-lock-guide[data-kind="locked"] >>> .foot button'))!;
  await target.scrollIntoView();
  const box = (await target.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

test.describe('Firefox: no lasting choice steered by the page', () => {
  for (const how of ['focus-on-enter', 'see-through-panel', 'button-in-form'] satisfies SteeredPress[]) {
    test(`(${how}) the user's input steered onto "never show again" dismisses nothing`, async ({ tab, firefoxPage: page, extensionPage }) => {
      await tab.open(fixtureByFile('login-clean-negative.html'));
      await page.evaluate(appendLoginErrors, ['Your account has been temporarily locked.', 'Account or password is incorrect']);
      await waitForPanel(tab, 'locked');
      await waitForPanel(tab, 'wrong-credentials');
      // The user opened the lock panel's support section, where "never show again" is.
      await page.click('ali-lock-guide[data-kind="locked"] >>> [data-disclosure="support"]');
      await page.waitForSelector('ali-lock-guide[data-kind="locked"] >>> .foot button');
      await page.evaluate(steerPressOntoDismissal, how);
      await pressAsTheUser(page, how);
      // The user's own choice on the other panel, after: once stored, the steered press was handled too.
      await page.click('ali-lock-guide[data-kind="wrong-credentials"] >>> [data-disclosure="support"]');
      await page.click('ali-lock-guide[data-kind="wrong-credentials"] >>> .foot button');
      const stored = await until('the dismissal stored', async () => {
        const prefs = await extensionPage.evaluate(
          async () => (await (globalThis as unknown as { browser: Storage }).browser.storage.local.get('prefs')).prefs as { dismissedKinds?: string[] } | undefined,
        );
        return prefs?.dismissedKinds?.includes('wrong-credentials') ? prefs.dismissedKinds : undefined;
      });
      console.log(`Firefox, ${how}: dismissals stored ${JSON.stringify(stored)}`);
      expect(stored).toEqual(['wrong-credentials']);
    });
  }
});
