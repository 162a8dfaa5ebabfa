import type { Locator } from '@playwright/test';
import { composerIn, expect, openFixture, test } from '../harness/chromium-extension';
import { PatientAxeBuilder as AxeBuilder } from '../harness/axe';

/**
 * What a stressed reader sees first: the panel's first state is small enough to take in at
 * once and leaves the form usable; hints sit on their field and never cover the next one;
 * panel, hint and popup read well (axe, contrast included) in light and dark mode.
 */

const open = openFixture;

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

const rectOf = (locator: Locator): Promise<Rect> =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
  });

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** True when the element's centre is in the viewport and nothing of ours covers it. */
const isReachable = (locator: Locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (y < 0 || y > innerHeight || x < 0 || x > innerWidth) return false;
    const hit = document.elementFromPoint(x, y);
    return hit === el || el.contains(hit);
  });

const FIRST_STATE: [string, string, string, string][] = [
  ['lock modal', 'login-locked-modal.html', 'locked', '.comet-modal-footer .comet-btn-primary'],
  ['wrong password', 'login-wrong-password.html', 'wrong-credentials', '#fm-login-submit'],
  ['punish page', 'punish-slider.html', 'captcha', '#nc_1_n1z'],
];

for (const [name, file, kind, primary] of FIRST_STATE) {
  test(`${name}: the first state is at most 320 × 480 px and the page's main button stays usable`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, file);
    const panel = page.locator(`ali-lock-guide[data-kind="${kind}"]`);
    await expect(panel.locator('[data-section="now"]')).toBeVisible();
    const box = await rectOf(panel.locator('.panel'));
    expect(box.height, `height of the ${kind} panel`).toBeLessThanOrEqual(320);
    expect(box.width, `width of the ${kind} panel`).toBeLessThanOrEqual(480);
    // Nothing behind a disclosure is open yet; the answer is.
    await expect(panel.locator('section[data-section]')).toHaveCount(0);
    await expect(panel.locator('[data-section="steps"] li')).not.toHaveCount(4);
    expect(await isReachable(page.locator(primary)), `${primary} is visible and not covered`).toBe(true);
  });
}

test('the slider page says to drag the slider; the lock modal points at its own appeal button', async ({ page }) => {
  await open(page, 'punish-slider.html');
  const captcha = page.locator('ali-lock-guide[data-kind="captcha"]');
  await expect(captcha.locator('[data-section="now"] [data-action]')).toHaveAttribute('data-action', 'page.drag-slider');
  await expect(captcha).not.toContainText('ブラウザを最新版');
  await open(page, 'login-locked-modal.html');
  const lock = page.locator('ali-lock-guide[data-kind="locked"]');
  await expect(lock.locator('[data-section="now"]')).toContainText('ロック画面の「Appeal for account reactivation」');
  await expect(lock.locator('.note')).toHaveText('適切に対処すれば、多くの場合は元に戻ります。');
});

test('a banner in Chinese is glossed in Japanese', async ({ page }) => {
  await open(page, 'item-baxia-dialog.html');
  const panel = page.locator('ali-lock-guide[data-kind="captcha"]');
  await expect(panel).toHaveCount(1);
  await open(page, 'punish-slider.html');
  // The punish page quotes nothing of its own (the whole page is the banner); the widget's
  // Chinese instruction is what a reader meets, and the panel's first line answers it.
  await expect(page.locator('ali-lock-guide[data-kind="captcha"] .headline')).toHaveText('ロボット対策の確認です');
});

test('the disclosures open one at a time and come back closed', async ({ page }) => {
  await open(page, 'login-locked-modal.html');
  const panel = page.locator('ali-lock-guide[data-kind="locked"]');
  const causes = panel.locator('[data-disclosure="causes"]');
  await causes.click();
  await expect(panel.locator('section[data-section="causes"] li')).toHaveCount(9);
  await panel.locator('[data-disclosure="support"]').click();
  await expect(panel.locator('section[data-section]')).toHaveCount(1);
  await expect(panel.locator('section[data-section="support"]')).toBeVisible();
  await expect(causes).toHaveAttribute('aria-expanded', 'false');
});

test.describe('hints', () => {
  for (const width of [1280, 420]) {
    test(`at ${width} px the badge sits inside its field and the open tip covers neither the next field nor the button`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await open(page, 'login-phone-form.html');
      const hint = page.locator('ali-lock-guide-hint[data-hint="phone-format"]');
      await expect(hint).toHaveCount(1);
      await page.locator('#phone').focus();
      await page.keyboard.type('09012345678');
      const tip = hint.locator('.tip');
      await expect(tip).toBeVisible();
      const field = await rectOf(page.locator('#phone'));
      const badge = await rectOf(hint.locator('.badge'));
      expect(badge.left).toBeGreaterThanOrEqual(field.left);
      expect(badge.right).toBeLessThanOrEqual(field.right);
      expect(badge.top).toBeGreaterThanOrEqual(field.top);
      expect(badge.bottom).toBeLessThanOrEqual(field.bottom);
      const tipBox = await rectOf(tip);
      expect(overlaps(tipBox, await rectOf(page.locator('#fm-login-password'))), 'tip over the password field').toBe(false);
      expect(overlaps(tipBox, await rectOf(page.locator('#fm-login-submit'))), 'tip over the sign-in button').toBe(false);
      expect(overlaps(tipBox, field), 'tip over its own field').toBe(false);
      expect(tipBox.left).toBeGreaterThanOrEqual(0);
      expect(tipBox.right).toBeLessThanOrEqual(width);
    });
  }

  test('a badge of the form behind a modal stays under the modal’s mask', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, 'login-locked-modal.html');
    const hint = page.locator('ali-lock-guide-hint').first();
    await expect(hint).toHaveCount(1);
    const badge = await rectOf(hint.locator('.badge'));
    const topmost = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.className ?? '', [badge.left + 10, badge.top + 10]);
    expect(topmost).toContain('comet-modal');
  });
});

/**
 * Rules that judge a page as a whole: its landmarks and its first heading. The page is the
 * site's, not ours (the panel itself is a labelled region with its own heading), and the
 * composer's frame is a part of the panel, not a page of its own; axe judges a frame's
 * document as a page.
 */
const WHOLE_PAGE_RULES = ['region', 'landmark-one-main', 'page-has-heading-one'];

test.describe('accessibility, contrast included', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`panel and hint have no axe violations in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, 'login-wrong-password.html');
      const panel = page.locator('ali-lock-guide[data-kind="wrong-credentials"]');
      await expect(panel.locator('[data-section="now"]')).toBeVisible();
      await panel.locator('[data-disclosure="compose"]').click();
      await page.locator('#fm-login-password').focus();
      await expect(page.locator('ali-lock-guide-hint .tip')).toBeVisible();
      const onPage = await new AxeBuilder({ page }).include('ali-lock-guide').include('ali-lock-guide-hint').disableRules(WHOLE_PAGE_RULES).analyze();
      expect(onPage.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(onPage.passes.map((p) => p.id)).toContain('color-contrast');
    });

    test(`the popup has no axe violations in ${scheme} mode`, async ({ extensionContext, extensionId }) => {
      const popup = await extensionContext.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await popup.waitForSelector('html[data-ready="true"]');
      for (const summary of await popup.locator('summary').all()) await summary.click();
      const inPopup = await new AxeBuilder({ page: popup }).analyze();
      expect(inPopup.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(inPopup.passes.map((p) => p.id)).toContain('color-contrast');
      await popup.close();
    });

    test(`the composer opened in a panel has no axe violations in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, 'login-wrong-password.html');
      const panel = page.locator('ali-lock-guide[data-kind="wrong-credentials"]');
      await panel.locator('[data-disclosure="compose"]').click();
      // What the composer can show: a ticked claim, and a field's warning.
      const composer = composerIn(panel);
      await composer.locator('input[name="claim"]').first().check();
      await composer.locator('input[name="account"]').fill('はなこ');
      await expect(composer.locator('[data-warning="account"]')).toBeVisible();
      await expect(composer.locator('[data-message-en]')).toBeVisible();
      // The frame's own document, reached through the panel's shadow root.
      const inFrame = await new AxeBuilder({ page })
        .include({ fromFrames: [{ fromShadowDom: ['ali-lock-guide', 'iframe.composer-frame'] }, 'html'] })
        .disableRules(WHOLE_PAGE_RULES)
        .analyze();
      expect(inFrame.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      const contrast = inFrame.passes.find((p) => p.id === 'color-contrast');
      // Judged inside the frame: the English message is among the texts checked.
      expect(contrast?.nodes.some((n) => n.html.includes('data-message-en'))).toBe(true);
    });
  }
});
