import type { Frame, Page } from '@playwright/test';
import { HINT_TAG, PANEL_TAG } from '../../../lib/content/host-tags';
import { chromiumGuideTab, expect, openFixture, test } from '../harness/chromium-extension';
import { waitForFirstPass } from '../harness/guide-tab';

/**
 * What the shared fixture list cannot say: which field gets which hint on the passport's
 * SMS login, and how the anti-bot variants behave once their panel is up.
 */

const open = openFixture;

async function frameOf(page: Page, prefix: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(prefix))).toBe(true);
  return page.frames().find((f) => f.url().startsWith(prefix))!;
}

/** Every hint of a document, as "field id → hint kind" (a hint is inserted right after its field). */
function hintsByField(target: Page | Frame): Promise<Record<string, string>> {
  return target.evaluate((tag) => {
    const found: Record<string, string> = {};
    for (const hint of document.querySelectorAll(tag)) {
      const field = hint.previousElementSibling;
      if (field?.id) found[field.id] = (hint as HTMLElement).dataset.hint ?? '?';
    }
    return found;
  }, HINT_TAG);
}

for (const [name, file] of [
  ['top level', 'login-sms.html'],
  ['mini-login iframe', 'item-with-sms-mini-login.html'],
] as const) {
  test(`SMS login (${name}): the phone hint on the phone field, the sms hint on the code field`, async ({ page }) => {
    const fixture = await open(page, file);
    const target = fixture.frameUrlPrefix ? await frameOf(page, fixture.frameUrlPrefix) : page;
    await expect(target.locator(`#fm-sms-login-id + ${HINT_TAG}`)).toHaveAttribute('data-hint', 'phone-format');
    await expect(target.locator(`#fm-smscode + ${HINT_TAG}`)).toHaveAttribute('data-hint', 'sms');
    const hints = await hintsByField(target);
    expect(hints['fm-sms-login-id']).toBe('phone-format');
    expect(hints['fm-smscode']).toBe('sms');

    // "Code sent" is no error: no panel anywhere.
    await target.locator('a.send-btn-link').click();
    await expect(target.locator('.sms-send-success-tip')).toBeVisible();
    // The phone hint works on the SMS login's phone field like on any other. Its answer
    // also says that the content script of that document has handled everything before
    // it, the "code sent" line included: a panel for that line would be there by now.
    await target.locator('#fm-sms-login-id').fill('090-1234-5678');
    await expect(target.locator(`#fm-sms-login-id + ${HINT_TAG}`).locator('[data-preview]')).toHaveText('+81 90-1234-5678');
    expect((await waitForFirstPass(chromiumGuideTab(page))).kinds, 'what the top document shows').toEqual([]);
    for (const frame of page.frames()) {
      expect(await frame.evaluate((tag) => document.querySelectorAll(tag).length, PANEL_TAG)).toBe(0);
    }
  });
}

test('block page rendered in place: the panel is a fixed card above the cover, and the page is left as it was', async ({ page }) => {
  await open(page, 'item-deny-in-place.html');
  const panel = page.locator(`${PANEL_TAG}[data-kind="captcha"]`);
  await expect(panel).toHaveCount(1);
  await expect(panel).toHaveAttribute('data-placement', 'fixed');
  // The bundle's cover (z-index 2147483000) does not hide it: it receives the pointer.
  await panel.getByRole('heading', { level: 2 }).click({ trial: true });
  // Nothing of the page besides our host changed.
  expect(await page.evaluate(() => document.getElementById('baxia-punish')!.className)).toBe('baxia-punish deny pc');
});

test('failed slide: the panel stays one panel while the variant changes under it', async ({ page }) => {
  await open(page, 'punish-failed.html');
  const panels = page.locator(PANEL_TAG);
  await expect(panels).toHaveCount(1);
  await page.waitForFunction(() => (window as unknown as { __failedAt?: number }).__failedAt);
  await expect(page.locator('.errloading')).toBeVisible();
  // Asked after the failure showed: the detector has handled it, and still sees one banner.
  expect((await waitForFirstPass(chromiumGuideTab(page))).kinds).toEqual(['captcha']);
  await expect(panels).toHaveCount(1);
  await expect(panels).toHaveAttribute('data-kind', 'captcha');
});

for (const file of ['punish-deny.html', 'punish-busy.html']) {
  test(`${file}: one panel, and none for the translation table in the page's script`, async ({ page }) => {
    await open(page, file);
    await expect(page.locator(`${PANEL_TAG}[data-kind="captcha"]`)).toHaveCount(1);
    expect((await waitForFirstPass(chromiumGuideTab(page))).kinds).toEqual(['captcha']);
    await expect(page.locator(PANEL_TAG)).toHaveCount(1);
  });
}
