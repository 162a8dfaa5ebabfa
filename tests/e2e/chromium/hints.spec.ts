import type { Frame, Page } from '@playwright/test';
import { composerIn, expect, extensionIdOf, openFixture, test } from '../harness/chromium-extension';
import { waitForFirstPass, waitForPanel } from '../harness/guide-tab';

const open = openFixture;

/** Counts the `input` events the page itself sees on a field, and the values they carried. */
async function listenLikeThePage(frame: Frame | Page, selector: string) {
  await frame.evaluate((sel) => {
    const w = window as unknown as { __inputs: string[] };
    w.__inputs = [];
    document.querySelector(sel)!.addEventListener('input', (e) => w.__inputs.push((e.target as HTMLInputElement).value));
  }, selector);
  return () => frame.evaluate(() => (window as unknown as { __inputs: string[] }).__inputs);
}

test('phone hint: live preview, and a conversion the page sees as typing', async ({ page }) => {
  await open(page, 'recover-verification.html');
  const hint = page.locator('ali-lock-guide-hint[data-hint="phone-format"]');
  await expect(hint).toHaveCount(1);
  // Anchored without taking room: the form does not move.
  expect(await hint.evaluate((el) => [getComputedStyle(el).position, el.getBoundingClientRect().height])).toEqual(['absolute', 0]);

  const field = page.locator('input[name="mobile"]');
  const inputs = await listenLikeThePage(page, 'input[name="mobile"]');
  await field.fill('');
  await field.pressSequentially('０９０－１２３４－５６７８');
  await expect(hint.locator('[data-preview]')).toHaveText('+81 90-1234-5678');
  await field.fill('080 1234 5678');
  await expect(hint.locator('[data-preview]')).toHaveText('+81 80-1234-5678');

  const before = (await inputs()).length;
  await hint.getByRole('button', { name: /^\+81.* に直す$/ }).click();
  await expect(field).toHaveValue('+818012345678');
  const seen = await inputs();
  expect(seen.length).toBe(before + 1);
  expect(seen.at(-1)).toBe('+818012345678');
});

test('phone hint: a foreign number is explained and left alone', async ({ page }) => {
  await open(page, 'recover-verification.html');
  const hint = page.locator('ali-lock-guide-hint[data-hint="phone-format"]');
  const field = page.locator('input[name="mobile"]');
  await field.fill('+1 415 555 0100');
  await expect(hint.locator('[data-state="not-japanese"]')).toBeVisible();
  await expect(hint.getByRole('button', { name: /^\+81.* に直す$/ })).toHaveCount(0);
  await expect(field).toHaveValue('+1 415 555 0100');
});

test('phone hint inside the mini-login iframe', async ({ page }) => {
  const fixture = await open(page, 'item-with-mini-login.html');
  await expect.poll(() => page.frames().length).toBe(2);
  const frame = page.frames().find((f) => f.url().startsWith(fixture.frameUrlPrefix!))!;
  const hint = frame.locator('ali-lock-guide-hint[data-hint="phone-format"]');
  await expect(hint).toHaveCount(1);
  const inputs = await listenLikeThePage(frame, '#fm-login-id');
  await frame.locator('#fm-login-id').fill('09012345678');
  // The 320 px frame has no room beside or above the field: the tip does not open by itself
  // over the password field and the button; the badge opens it.
  await expect(hint.locator('.tip')).toBeHidden();
  await hint.locator('.badge').press('Enter');
  await expect(hint.locator('[data-preview]')).toHaveText('+81 90-1234-5678');
  await hint.getByRole('button', { name: /^\+81.* に直す$/ }).click();
  await expect(frame.locator('#fm-login-id')).toHaveValue('+819012345678');
  expect((await inputs()).at(-1)).toBe('+819012345678');
  // The other hints of the form are there too, the password's without reading it.
  await expect(frame.locator('ali-lock-guide-hint[data-hint="forgot-password"]')).toHaveCount(1);
});

test('sms, e-mail and password hints sit by their fields', async ({ page }) => {
  await open(page, 'login-late-sms.html');
  await expect(page.locator('ali-lock-guide-hint[data-hint="sms"]')).toHaveCount(1);
  await open(page, 'login-hidden-then-shown.html');
  await expect(page.locator('ali-lock-guide-hint[data-hint="email-verify"]')).toHaveCount(1);
  await open(page, 'login-wrong-password.html');
  await expect(page.locator('ali-lock-guide-hint[data-hint="forgot-password"]')).toHaveCount(1);
  // A tip can be dismissed.
  const hint = page.locator('ali-lock-guide-hint[data-hint="forgot-password"]');
  await hint.getByRole('button', { name: 'ヒントを開く' }).click();
  await hint.getByRole('button', { name: 'このヒントを閉じる' }).click();
  await expect(hint).toHaveCount(0);
});

for (const file of ['item-negative.html', 'search-negative.html', 'help-negative.html', 'punish-slider.html']) {
  test(`no hint on a page without such fields: ${file}`, async ({ page, tab }) => {
    const fixture = await open(page, file);
    await waitForFirstPass(tab);
    // Where a panel is due, the page UI has loaded and read the preferences once it shows,
    // and hints are placed in that same step.
    if (fixture.expect) await waitForPanel(tab, fixture.expect);
    expect(await page.locator('ali-lock-guide-hint').count()).toBe(0);
  });
}

test('the inline-hints setting removes and restores hints at once', async ({ page, extensionContext }) => {
  await open(page, 'recover-verification.html');
  await expect(page.locator('ali-lock-guide-hint')).toHaveCount(1);
  const id = await extensionIdOf(extensionContext);
  const popup = await extensionContext.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await popup.locator('summary', { hasText: '設定' }).click();
  await popup.getByLabel('ログイン画面の入力欄にヒントを出す').uncheck();
  await expect(page.locator('ali-lock-guide-hint')).toHaveCount(0);
  await popup.getByLabel('ログイン画面の入力欄にヒントを出す').check();
  await expect(page.locator('ali-lock-guide-hint')).toHaveCount(1);
  await popup.close();
});

test('the composer in a panel copies its English message, with only what the user ticked and typed', async ({ page, extensionContext }) => {
  await extensionContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://login.aliexpress.com' });
  await open(page, 'login-wrong-password.html');
  const panel = page.locator('ali-lock-guide[data-kind="wrong-credentials"]');
  await panel.getByRole('button', { name: '英文を作る' }).click();
  const composer = composerIn(panel);
  // The page's situation is chosen, its exact error is quoted, and no claim is made for the user.
  await expect(composer.getByLabel('状況')).toHaveValue('cannot-log-in');
  const english = composer.locator('[data-message-en]');
  await expect(english).toContainText('The page shows this message: "Your account name or password is incorrect."');
  await expect(english).not.toContainText('another browser');
  await composer.getByLabel('別のブラウザでも試しました。').check();
  await expect(english).toContainText('I also tried another browser.');
  // Japanese typed into a field is kept out of the English, with a warning.
  await composer.getByLabel('ログインに使うメールアドレスまたは電話番号（任意）').fill('はなこ');
  await expect(composer.locator('[data-warning="account"]')).toBeVisible();
  await expect(english).not.toContainText('はなこ');
  await composer.getByLabel('ログインに使うメールアドレスまたは電話番号（任意）').fill('hanako@example.jp');
  await expect(composer.locator('[data-warning="account"]')).toHaveCount(0);
  await expect(english).toContainText('Account (e-mail address or phone number): hanako@example.jp');
  await expect(composer.locator('[data-message-ja]')).toContainText('アカウント（メールアドレスまたは電話番号）：hanako@example.jp');
  // Typed as a user does (month, day, year in Chromium's en-US date field).
  await composer.getByLabel('始まった日（任意）').click();
  await page.keyboard.type('11202026');
  await expect(english).toContainText('This started on November 20, 2026.');
  await composer.getByRole('button', { name: '英文をコピー' }).click();
  await expect(composer.getByRole('status')).toHaveText('コピーしました');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await english.textContent());
  expect(copied).toContain('I cannot log in to my AliExpress account.');
});

test('the composer in the popup copies its English message', async ({ page, extensionContext }) => {
  // Extension origins cannot be granted clipboard reading: the copy is read back from a page.
  await extensionContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://login.aliexpress.com' });
  const id = await extensionIdOf(extensionContext);
  const popup = await extensionContext.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await popup.locator('summary', { hasText: 'サポートに送る英文を作る' }).click();
  await popup.getByLabel('状況').selectOption('deleted');
  await popup.getByLabel('自分で誤ってアカウントを削除しました。').check();
  await popup.getByLabel('最近の注文番号（任意）').fill('8190123456789012');
  await popup.getByRole('button', { name: '英文をコピー' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'コピーしました' })).toBeVisible();
  const expected = await popup.locator('[data-message-en]').textContent();
  await popup.close();

  await open(page, 'login-clean-negative.html');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(expected);
  expect(copied).toContain('I deleted the account myself by mistake.');
  expect(copied).toContain('A recent order number: 8190123456789012');
});
