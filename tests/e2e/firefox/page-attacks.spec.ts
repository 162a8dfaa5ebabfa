import type { Page } from 'puppeteer-core';
import { expect, firefoxTest as test } from '../harness/firefox';
import { EXTENSION_WAIT_MS, until, waitForPanel } from '../harness/guide-tab';
import { fixtureByFile } from '../harness/fixtures';
import { checkRestoringPage, checkUiDespiteOurTagsDefinedAtStart } from '../harness/page-attack-checks';
import { defineOurTagsWithClosedRoots, fadeOurHint, FADINGS, steerPressOntoConvert, type RestoreTiming, type SteeredPress } from '../harness/page-scripts';

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

/** The user presses what the page steered: Enter in its field, or a click where it shows its "Next". */
async function pressAsTheUser(page: Page, how: SteeredPress): Promise<void> {
  if (how === 'focus-on-enter') {
    await page.click('input[name="mobile"]');
    await page.keyboard.press('Enter');
    return;
  }
  const box = (await (await page.$('#page-next'))!.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const CONVERT = 'ali-lock-guide-hint[data-hint="phone-format"] >>> button.convert';
const fieldValue = (page: Page) => page.$eval('input[name="mobile"]', (input) => (input as HTMLInputElement).value);

test.describe('Firefox: no lasting action steered by the page', () => {
  for (const how of ['control', 'focus-on-enter', 'button-in-form', ...FADINGS] as const) {
    test(`(${how}) the user's click on "convert" ${how === 'control' ? 'rewrites the field' : 'leaves the field as typed'}`, async ({ tab, firefoxPage: page }) => {
      await tab.open(fixtureByFile('recover-verification.html'));
      await page.type('input[name="mobile"]', '07012349876');
      await page.waitForSelector(CONVERT, { visible: true });
      if (how === 'focus-on-enter' || how === 'button-in-form') {
        await page.evaluate(steerPressOntoConvert, how);
        await pressAsTheUser(page, how);
      } else if (how === 'control') {
        const box = (await (await page.$(CONVERT))!.boundingBox())!;
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      } else {
        const at = await page.evaluate(fadeOurHint, how);
        await page.mouse.click(at.x, at.y);
      }
      const want = how === 'control' ? '+817012349876' : '07012349876';
      await until(`the field holding ${want}`, async () => ((await fieldValue(page)) === want ? true : undefined));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await fieldValue(page)).toBe(want);
    });
  }
});

type Storage = { storage: { local: { get(key: string): Promise<Record<string, unknown>> }; session: { get(key: string): Promise<Record<string, unknown>> } } };

test('Firefox: "never show this kind again" is chosen in the popup, and the panel goes', async ({ tab, firefoxPage: page }) => {
  await tab.open(fixtureByFile('login-wrong-password.html'));
  await waitForPanel(tab, 'wrong-credentials');
  // The popup tells what the tab shows once the background has stored the frame's report.
  // (Each function runs in the extension page: it names the API itself.)
  await until('the report stored', async () =>
    (await tab.evaluateInExtension(async () => JSON.stringify((await (globalThis as unknown as { browser: Storage }).browser.storage.session.get('tabs')).tabs ?? {}), 0)).includes('wrong-credentials') || undefined,
  );
  const popup = await tab.openPopup();
  await popup.waitForSelector('[data-dismiss-kind="wrong-credentials"]', EXTENSION_WAIT_MS);
  await popup.evaluate(() => (document.querySelector('[data-dismiss-kind="wrong-credentials"]') as HTMLElement).click(), 0);
  await until('the panel gone', async () => ((await page.$('ali-lock-guide[data-kind="wrong-credentials"]')) === null ? true : undefined));
  const prefs = await tab.evaluateInExtension(async () => (await (globalThis as unknown as { browser: Storage }).browser.storage.local.get('prefs')).prefs as { dismissedKinds?: string[] }, 0);
  expect(prefs.dismissedKinds).toEqual(['wrong-credentials']);
  await popup.close();
});
