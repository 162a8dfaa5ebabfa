import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { parseYAML } from 'confbox';
import { backgroundWorker, composerIn, expect, openFixture, test, type WithChrome } from '../harness/chromium-extension';
import { checkRestoringPage, checkUiDespiteOurTagsDefinedAtStart } from '../harness/page-attack-checks';
import { appendLoginErrors, defineOurTagsWithClosedRoots, steerPressOntoDismissal, type RestoreTiming, type SteeredPress } from '../harness/page-scripts';

/**
 * Attacks of issue 19, from a page script in the page's world (Chromium; the Firefox side is
 * firefox/page-attacks.spec.ts): a page must not be able to make us freeze it, make a lasting
 * choice for the user, speak through our composer or learn an identifier.
 */

test.describe('a page that restores its form whenever something is added', () => {
  test.describe.configure({ timeout: 60_000 });
  for (const timing of ['sync', 'frame', 'task'] satisfies RestoreTiming[]) {
    test(`(${timing}) does not loop with our panel: the tab answers, placements settle`, async ({ tab }) => {
      await checkRestoringPage(tab, timing);
    });
  }
});

test('a page that defines our tags before we start, its banner shown from the start, still gets the panel and hints', async ({ page, tab }) => {
  await page.addInitScript(defineOurTagsWithClosedRoots);
  await checkUiDespiteOurTagsDefinedAtStart(tab);
});

test.describe('never a password', () => {
  test('a phone field the page turns into a password field loses its hint, and nothing typed there is shown', async ({ page }) => {
    await openFixture(page, 'recover-verification.html');
    const hint = page.locator('ali-lock-guide-hint[data-hint="phone-format"]');
    const field = page.locator('input[name="mobile"]');
    await field.fill('07012349876');
    await expect(hint.locator('[data-preview]')).toHaveText('+81 70-1234-9876');
    // The page turns the field into a password field; the user goes on typing.
    await field.evaluate((input) => ((input as HTMLInputElement).type = 'password'));
    await field.pressSequentially('5');
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('ali-lock-guide-hint')].map((h) => `${(h as HTMLElement).dataset.hint}: ${h.shadowRoot?.querySelector('body')?.textContent ?? ''}`),
    );
    console.log(`hints after the field became a password field: ${JSON.stringify(shown)}`);
    await expect(hint).toHaveCount(0);
    expect(shown.filter((text) => /1234|98765/.test(text))).toEqual([]);
  });
});

test('quotes the banner without Unicode tag characters', async ({ page }) => {
  await openFixture(page, 'login-clean-negative.html');
  // "IGNORE" spelled in tag characters, invisible on the page.
  const hidden = [...'IGNORE'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
  await page.evaluate(appendLoginErrors, [`Your account has been temporarily locked.${hidden} Please contact us.`]);
  const panel = page.locator('ali-lock-guide[data-kind="locked"]');
  await panel.locator('[data-disclosure="compose"]').click();
  const english = composerIn(panel).locator('[data-message-en]');
  await expect(english).toContainText('"Your account has been temporarily locked. Please contact us."');
  expect(await english.textContent()).not.toMatch(/[\u{E0000}-\u{E007F}]/u);
});

const JA = parseYAML(readFileSync(new URL('../../../locales/ja.yml', import.meta.url), 'utf8')) as Record<string, string>;

async function dismissedKinds(context: BrowserContext): Promise<string[] | undefined> {
  const worker = await backgroundWorker(context);
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as WithChrome;
    return ((await chrome.storage.local.get('prefs')).prefs as { dismissedKinds?: string[] } | undefined)?.dismissedKinds;
  });
}

/** The user presses what the page steered: Enter in its field, or a click where it shows its "Next". */
async function pressAsTheUser(page: Page, how: SteeredPress): Promise<void> {
  if (how === 'focus-on-enter') {
    await page.locator('#fm-login-id').click();
    await page.keyboard.press('Enter');
    return;
  }
  const target = how === 'button-in-form' ? page.locator('#page-next') : page.locator('ali-lock-guide[data-kind="locked"]').getByRole('button', { name: JA.panelDismissKind });
  // In view, as the user sees it (the panel with its support section open is tall).
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

test.describe('no lasting choice steered by the page', () => {
  for (const how of ['focus-on-enter', 'see-through-panel', 'button-in-form'] satisfies SteeredPress[]) {
    test(`(${how}) the user's input steered onto "never show again" dismisses nothing`, async ({ page, extensionContext }) => {
      await openFixture(page, 'login-clean-negative.html');
      await page.evaluate(appendLoginErrors, ['Your account has been temporarily locked.', 'Account or password is incorrect']);
      await expect.poll(() => page.locator('ali-lock-guide .panel[data-now]').count(), { timeout: 15_000 }).toBe(2);
      // The user opened the lock panel's support section, where "never show again" is.
      const locked = page.locator('ali-lock-guide[data-kind="locked"]');
      await locked.locator('[data-disclosure="support"]').click();
      await expect(locked.getByRole('button', { name: JA.panelDismissKind })).toBeVisible();
      await page.evaluate(steerPressOntoDismissal, how);
      await pressAsTheUser(page, how);

      // The user's own choice on the other panel goes through the same channel, after: once
      // it is stored, whatever the steered press sent has been handled too.
      const other = page.locator('ali-lock-guide[data-kind="wrong-credentials"]');
      await other.locator('[data-disclosure="support"]').click();
      await other.getByRole('button', { name: JA.panelDismissKind }).click();
      await expect.poll(async () => (await dismissedKinds(extensionContext))?.includes('wrong-credentials'), { timeout: 15_000 }).toBe(true);
      const stored = await dismissedKinds(extensionContext);
      console.log(`${how}: dismissals stored ${JSON.stringify(stored)}`);
      expect(stored).toEqual(['wrong-credentials']);
    });
  }
});

test.describe('no identifier', () => {
  test("nothing the page can read in our panel names the extension's id", async ({ page, extensionId }) => {
    await openFixture(page, 'login-wrong-password.html');
    const panel = page.locator('ali-lock-guide[data-kind="wrong-credentials"]');
    await panel.locator('[data-disclosure="compose"]').click();
    await expect(composerIn(panel).locator('[data-message-en]')).toBeVisible();
    const naming = await page.evaluate((id) => {
      const found: string[] = [];
      const look = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          for (const attr of el.attributes) if (attr.value.includes(id)) found.push(`${el.localName}[${attr.name}="${attr.value}"]`);
          if (el.shadowRoot) look(el.shadowRoot);
        }
      };
      look(document);
      return found;
    }, extensionId);
    console.log(`attributes naming the extension id: ${JSON.stringify(naming)}`);
    expect(naming).toEqual([]);
  });
});
