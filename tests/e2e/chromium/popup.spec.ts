import type { Page } from '@playwright/test';
import { ACTIONS } from '../../../lib/explain/actions';
import { guideFor } from '../../../lib/explain/guide';
import { ALIEXPRESS_MATCHES } from '../../../lib/manifest-constants';
import { KIND_MEANING } from '../../../lib/explain/heads';
import { COUNTED_ITEMS, type ChecklistItemId } from '../../../lib/explain/checklist';
import { backgroundWorker, expect, fixtureByFile, openFixture, openPopup, test, type WithChrome } from '../harness/chromium-extension';
import { chromiumGuideTab } from '../harness/chromium';
import { waitForFirstPass, waitForHint } from '../harness/guide-tab';

const WRONG_PASSWORD = fixtureByFile('login-wrong-password.html');

async function openFixtureTab(page: Page): Promise<number> {
  await openFixture(page, WRONG_PASSWORD);
  await expect(page.locator('ali-lock-guide[data-kind="wrong-credentials"]')).toHaveCount(1);
  await page.bringToFront();
  const worker = await backgroundWorker(page.context());
  const tabId = await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as WithChrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
  // The panel can show its early head before its UI has told the background what the tab
  // shows: the badge says the background knows.
  await expect
    .poll(() => worker.evaluate((id) => (globalThis as unknown as WithChrome).chrome.action.getBadgeText({ tabId: id }), tabId))
    .toBe('!');
  return tabId;
}

const item = (popup: Page, id: ChecklistItemId) => popup.locator(`li[data-id="${id}"] input[type="checkbox"]`);

test('ticked items survive closing and reopening the popup', async ({ extensionContext, extensionId }) => {
  let popup = await openPopup(extensionContext, extensionId);
  await expect(popup.locator('[data-progress]')).toHaveText(`0 / ${COUNTED_ITEMS.length} 完了`);
  await popup.getByLabel(ACTIONS['step.phone-format'].ja.title).check();
  await item(popup, 'step.allow-sms').check();
  await expect(popup.locator('[data-progress]')).toHaveText(`2 / ${COUNTED_ITEMS.length} 完了`);
  await popup.close();

  popup = await openPopup(extensionContext, extensionId);
  await expect(item(popup, 'step.phone-format')).toBeChecked();
  await expect(item(popup, 'step.allow-sms')).toBeChecked();
  await expect(item(popup, 'step.forgot-password')).not.toBeChecked();

  // Reset asks first.
  await popup.getByRole('button', { name: 'チェックをすべて外す' }).click();
  await popup.getByRole('button', { name: 'やめる' }).click();
  await expect(item(popup, 'step.allow-sms')).toBeChecked();
  await popup.getByRole('button', { name: 'チェックをすべて外す' }).click();
  await popup.getByRole('button', { name: 'はい、外す' }).click();
  await expect(item(popup, 'step.allow-sms')).not.toBeChecked();
  await popup.close();
});

test("the popup explains the active tab's banner first", async ({ page, extensionContext, extensionId }) => {
  const tabId = await openFixtureTab(page);
  const popup = await openPopup(extensionContext, extensionId, tabId);
  await expect(popup.locator('.tab [data-kind="wrong-credentials"] .kind')).toHaveText(KIND_MEANING['wrong-credentials'].ja);
  // The first thing to do here is the help center's (check what was typed), as in the panel:
  // a checklist action, with its source said; nothing else is something the page asks.
  await expect(popup.locator('.tab [data-action]')).toHaveCount(0);
  const first = popup.locator('section[data-section]').first();
  await expect(first).toHaveAttribute('data-section', 'this-tab');
  const step = first.locator('li[data-id]').first();
  await expect(step).toHaveAttribute('data-id', guideFor('wrong-credentials').now);
  await expect(step.locator('[data-source="help-center"]')).toHaveText('ヘルプセンターの案内');
  // The counter counts this situation's checklist actions only.
  const guide = guideFor('wrong-credentials');
  const counted = [guide.now, ...guide.steps].filter((id) => (COUNTED_ITEMS as readonly string[]).includes(id));
  await expect(popup.locator('[data-progress]')).toHaveText(`0 / ${counted.length} 完了`);
  // Routes the panel does not name come after, closed.
  await expect(popup.locator('details[data-section="unlock"]')).not.toHaveAttribute('open');
  // An explanation opens from the keyboard.
  const more = step.getByRole('button', { name: '説明を見る' });
  await more.focus();
  await popup.keyboard.press('Enter');
  await expect(step.locator('.body')).toBeVisible();
  await popup.close();
});

test('a tick still waiting to be stored when the popup closes is stored by the background', async ({ extensionContext, extensionId }) => {
  // Another page of ours holds the progress lock (lib/storage/lock.ts), so the popup's own write
  // of the tick waits, and the popup is closed meanwhile.
  const holder = await openPopup(extensionContext, extensionId);
  await holder.evaluate(() => {
    void navigator.locks.request('local:progress', () => new Promise<void>((release) => ((window as unknown as { release: () => void }).release = release)));
  });
  const popup = await openPopup(extensionContext, extensionId);
  await item(popup, 'step.allow-sms').check();
  await popup.close();
  const stored = () =>
    holder.evaluate(async () => JSON.stringify((await (globalThis as unknown as WithChrome).chrome.storage.local.get('progress')).progress ?? null));
  expect(await stored()).not.toContain('step.allow-sms');
  await holder.evaluate(() => (window as unknown as { release: () => void }).release());
  await expect.poll(stored).toContain('step.allow-sms');
  await holder.close();
});

test('progress and tab state survive the service worker being stopped', async ({ page, extensionContext, extensionId }) => {
  const tabId = await openFixtureTab(page);
  let popup = await openPopup(extensionContext, extensionId, tabId);
  await item(popup, 'step.forgot-password').check();
  await expect(popup.locator('[data-progress]')).toHaveText(/^1 \//);
  // Stored before the worker is stopped: this test is about what survives a stop. (A tick
  // still on its way when the popup closes goes to the worker, which is tested above; a
  // worker stopped in the same moment would lose it, which the browser does not do to a
  // worker it has just woken.)
  await expect
    .poll(() => popup.evaluate(async () => JSON.stringify((await (globalThis as unknown as WithChrome).chrome.storage.local.get('progress')).progress)))
    .toContain('step.forgot-password');
  await popup.close();

  const worker = await backgroundWorker(extensionContext);
  expect(await worker.evaluate((id) => (globalThis as unknown as WithChrome).chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('!');
  // Stop the worker and see it stopped: its in-memory state is gone from here on.
  const cdp = await extensionContext.newCDPSession(page);
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) status.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => [...status.values()].every((s) => s === 'stopped') && status.size > 0).toBe(true);

  popup = await openPopup(extensionContext, extensionId, tabId);
  await expect(popup.locator('.tab [data-kind="wrong-credentials"]')).toBeVisible();
  await expect(item(popup, 'step.forgot-password')).toBeChecked();
  // A change now is stored by the popup itself, whether the worker runs or not. (A person
  // closes the popup a moment after ticking; the test waits for the write as long.)
  await popup.locator('details[data-section="unlock"] summary').click();
  await item(popup, 'step.allow-sms').check();
  await expect
    .poll(() => popup.evaluate(async () => JSON.stringify((await (globalThis as unknown as WithChrome).chrome.storage.local.get('progress')).progress)))
    .toContain('step.allow-sms');
  await popup.close();
  popup = await openPopup(extensionContext, extensionId, tabId);
  await popup.locator('details[data-section="unlock"] summary').click();
  await expect(item(popup, 'step.allow-sms')).toBeChecked();
  await expect(item(popup, 'step.forgot-password')).toBeChecked();
  await popup.close();
});

test('switching the extension off removes the open panel at once, and on brings it back', async ({ page, extensionContext, extensionId }) => {
  await openFixtureTab(page);
  const popup = await openPopup(extensionContext, extensionId);
  await popup.locator('summary', { hasText: '設定' }).click();
  await popup.getByLabel('この拡張機能を使う').uncheck();
  await expect(page.locator('ali-lock-guide')).toHaveCount(0);
  await popup.getByLabel('この拡張機能を使う').check();
  await expect(page.locator('ali-lock-guide[data-kind="wrong-credentials"]')).toHaveCount(1);
  await popup.close();
});

test('the chosen language applies to open panels and the popup', async ({ page, extensionContext, extensionId }) => {
  await openFixtureTab(page);
  const popup = await openPopup(extensionContext, extensionId);
  await popup.locator('summary', { hasText: '設定' }).click();
  await popup.getByLabel('表示する言語').selectOption('en');
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Unlock checklist');
  const panel = page.locator('ali-lock-guide[data-kind="wrong-credentials"]');
  await expect(panel.locator('.panel')).toHaveAttribute('lang', 'en');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(KIND_MEANING['wrong-credentials'].en);
  // Inside our shadow root only: the page's side of the panel does not tell the language.
  expect(await panel.getAttribute('lang')).toBeNull();
  await popup.close();
});

test('a kind dismissed for good in the popup stays away until restored there', async ({ page, extensionContext, extensionId }) => {
  const tabId = await openFixtureTab(page);
  // The panel only says where the choice is made.
  await page.locator('ali-lock-guide [data-disclosure="support"]').click();
  await expect(page.locator('ali-lock-guide .foot')).toHaveText(/ツールバー/);
  await expect(page.locator('ali-lock-guide .foot button')).toHaveCount(0);
  let popup = await openPopup(extensionContext, extensionId, tabId);
  await popup.locator('.tab [data-kind="wrong-credentials"]').getByRole('button', { name: 'この種類の説明を今後ページに出さない' }).click();
  await expect(page.locator('ali-lock-guide')).toHaveCount(0);
  await expect(popup.locator('.tab [data-dismiss-kind]')).toHaveCount(0);
  await popup.close();
  await page.reload();
  // The page UI places its hints once it has read the preferences, in the same step as the
  // panels: with the hint there, a panel would be too.
  const tab = chromiumGuideTab(page);
  expect((await waitForFirstPass(tab)).kinds).toEqual(['wrong-credentials']);
  await waitForHint(tab, 'forgot-password');
  expect(await page.locator('ali-lock-guide').count()).toBe(0);

  popup = await openPopup(extensionContext, extensionId);
  await popup.locator('summary', { hasText: '設定' }).click();
  const dismissed = popup.locator('.dismissed li[data-kind="wrong-credentials"]');
  await expect(dismissed).toBeVisible();
  await dismissed.getByRole('button', { name: '再び表示する' }).click();
  await expect(page.locator('ali-lock-guide[data-kind="wrong-credentials"]')).toHaveCount(1);
  await popup.close();
});

test('a tab that navigates away forgets its banner, and the badge clears', async ({ page, extensionContext, extensionId }) => {
  const tabId = await openFixtureTab(page);
  await openFixture(page, fixtureByFile('help-negative.html'));
  const worker = await backgroundWorker(extensionContext);
  await expect
    .poll(() => worker.evaluate((id) => (globalThis as unknown as WithChrome).chrome.action.getBadgeText({ tabId: id }), tabId))
    .toBe('');
  const popup = await openPopup(extensionContext, extensionId, tabId);
  await expect(popup.locator('.tab')).toHaveAttribute('data-tab-kinds', '');
  await popup.close();
});

test('no site-access notice: Chrome grants the content script its AliExpress sites at install', async ({ extensionContext, extensionId }) => {
  const popup = await openPopup(extensionContext, extensionId);
  const granted = await popup.evaluate(
    (origins) => (globalThis as unknown as { chrome: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } } }).chrome.permissions.contains({ origins }),
    ALIEXPRESS_MATCHES,
  );
  expect(granted, 'permissions.contains for the content script sites').toBe(true);
  await expect(popup.locator('[data-site-access]')).toHaveCount(0);
  await popup.close();
});
