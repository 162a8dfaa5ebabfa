import type { Page } from '@playwright/test';
import { composerIn, expect, openFixture, restartExtension, serveFixture, test } from '../harness/chromium-extension';
import { appendLoginErrors } from '../harness/page-scripts';
import { waitForFirstPass } from '../harness/guide-tab';


const panelCount = (page: Page) => page.evaluate(() => document.querySelectorAll('ali-lock-guide').length);

test('collapse and close work from the keyboard, with roles and labels', async ({ page, tab }) => {
  await openFixture(page, 'login-wrong-password.html');
  const panel = page.locator('ali-lock-guide[data-kind="wrong-credentials"]');
  await expect(panel.getByRole('region', { name: 'AliExpress ロック解除ガイド' })).toBeVisible();

  const collapse = panel.getByRole('button', { name: '折りたたむ' });
  await collapse.focus();
  await page.keyboard.press('Enter');
  const expand = panel.getByRole('button', { name: '開く' });
  await expect(expand).toHaveAttribute('aria-expanded', 'false');
  await expect(panel.locator('[data-section="now"]')).toBeHidden();
  await page.keyboard.press('Space');
  await expect(collapse).toHaveAttribute('aria-expanded', 'true');
  await expect(panel.locator('[data-section="now"]')).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'このガイドを閉じる' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel).toHaveCount(0);

  // Closed for this banner: the page re-rendering it does not bring the panel back.
  await page.evaluate(() => document.getElementById('banner')!.classList.add('shake'));
  // Handled once the content script answers (it still tracks the banner, and shows nothing).
  expect((await waitForFirstPass(tab)).kinds).toEqual(['wrong-credentials']);
  expect(await panelCount(page)).toBe(0);
});

test('the composer opens and closes from the keyboard, and Tab goes through its frame and out', async ({ page }) => {
  await openFixture(page, 'login-wrong-password.html');
  const panel = page.locator('ali-lock-guide[data-kind="wrong-credentials"]');
  const toggle = panel.locator('[data-disclosure="compose"]');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const composer = composerIn(panel);
  await expect(composer.locator('[data-composer]')).toBeVisible();

  // Tab enters the frame at its first control, Shift+Tab leaves it for the toggle.
  await page.keyboard.press('Tab');
  await expect(composer.locator('select[name="situation"]')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(toggle).toBeFocused();

  // From the composer's last control, Tab goes on out of the frame and, the composer being the
  // panel's last control, on to the page.
  await composer.getByRole('button', { name: '英文をコピー' }).focus();
  await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).not.toBe('ali-lock-guide');

  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(panel.locator('iframe')).toHaveCount(0);
});

test('one panel per banner, gone with the banner, never duplicated', async ({ page, tab }) => {
  await openFixture(page, 'login-wrong-password.html');
  await expect(page.locator('ali-lock-guide')).toHaveCount(1);

  // The page re-renders its error line many times.
  await page.evaluate(async () => {
    const banner = document.getElementById('banner')!;
    for (let i = 0; i < 20; i++) {
      banner.classList.toggle('nfm-error-anim');
      banner.textContent = i % 2 ? 'Your account name or password is incorrect.' : 'Account or password is incorrect';
      await new Promise((r) => setTimeout(r, 5));
    }
  });
  await waitForFirstPass(tab);
  expect(await panelCount(page)).toBe(1);

  await page.evaluate(() => document.getElementById('banner')!.remove());
  await expect(page.locator('ali-lock-guide')).toHaveCount(0);

  // A new banner gets its own panel again.
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.className = 'nfm-login-input-error-text';
    div.textContent = 'Password is incorrect';
    document.querySelector('form')!.prepend(div);
  });
  await expect(page.locator('ali-lock-guide[data-kind="wrong-credentials"]')).toHaveCount(1);
});

test('a banner hidden again takes its panel with it', async ({ page }) => {
  await openFixture(page, 'login-hidden-then-shown.html');
  await expect(page.locator('ali-lock-guide[data-kind="email-unverified"]')).toHaveCount(1);
  await page.evaluate(() => document.getElementById('banner')!.classList.add('is-hidden'));
  await expect(page.locator('ali-lock-guide')).toHaveCount(0);
});

test('page text is shown as text, never as markup', async ({ page }) => {
  await openFixture(page, 'login-clean-negative.html');
  await page.evaluate(appendLoginErrors, ['Your account has been locked <img src=x onerror="window.__injected=1">']);
  const panel = page.locator('ali-lock-guide[data-kind="locked"]');
  // Inline, the banner's words stand right above the panel; they reach the support message as text.
  await panel.getByRole('button', { name: '英文を作る' }).click();
  const composer = composerIn(panel);
  await expect(composer.locator('[data-message-en]')).toContainText('"Your account has been locked <img src=x onerror="window.__injected=1">"');
  expect(await panel.locator('img').count()).toBe(0);
  expect(await composer.locator('img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
});

test('reads well in the 320 px mini-login iframe', async ({ page }) => {
  const fx = await openFixture(page, 'item-with-mini-login.html');
  await expect.poll(() => page.frames().length).toBe(2);
  const frame = page.frames().find((f) => f.url().startsWith(fx.frameUrlPrefix!))!;
  await expect(frame.locator('ali-lock-guide')).toHaveCount(1);
  const layout = await frame.evaluate(() => {
    const host = document.querySelector('ali-lock-guide')!;
    const form = document.getElementById('fm-login-submit')!.getBoundingClientRect();
    const rect = host.getBoundingClientRect();
    return {
      viewport: window.innerWidth,
      left: rect.left,
      right: rect.right,
      overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      // The panel sits below the form's last control instead of over it.
      belowSubmit: rect.top >= form.bottom,
    };
  });
  expect(layout.viewport).toBe(320);
  expect(layout.left).toBeGreaterThanOrEqual(0);
  expect(layout.right).toBeLessThanOrEqual(320);
  expect(layout.overflowX).toBe(0);
  expect(layout.belowSubmit).toBe(true);
});

test('an extension reloaded under an open page leaves it quietly', async ({ page, extensionContext }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const fx = await openFixture(page, 'login-wrong-password.html');
  await expect(page.locator('ali-lock-guide')).toHaveCount(1);

  // Turning the extension off and on orphans the page's copy of the content script just as
  // a reload or an update does.
  await restartExtension(extensionContext);

  // The page keeps changing: the orphaned copy notices on that change, removes what it
  // added and stops; nothing of ours may throw.
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.className = 'nfm-login-input-error-text';
    div.textContent = 'Too many failed attempts';
    document.body.append(div);
  });
  await expect(page.locator('ali-lock-guide')).toHaveCount(0);

  // A fresh load gets the new copy, which works.
  await serveFixture(page, fx);
  await page.reload();
  await expect(page.locator('ali-lock-guide[data-kind="wrong-credentials"]')).toHaveCount(1);
  expect(errors).toEqual([]);
});
