import { test as base, expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { HINT_TAG, PANEL_TAG } from '../../../lib/hosts';
import { GECKO_ID } from '../../../lib/manifest-constants';
import { FIXTURE_PAGES } from '../../fixtures/pages';
import { readFixture } from '../chromium-extension';
import { startFirefox, type FirefoxSession } from '../firefox/firefox';
import { FirefoxTab, interceptRequests } from '../firefox/tab';

/**
 * Firefox: which field of the passport's SMS login gets which hint (the shared fixture
 * list checks panels only). Named firefox.spec.ts so the firefox project runs it.
 */
const EXTENSION_DIR = fileURLToPath(new URL('../../../.output/firefox-mv2', import.meta.url));
const EXTENSION_UUID = '0d6e4b1a-8c2f-4f3e-9a7b-5c1d2e3f4a5b';

const test = base.extend<{ tab: FirefoxTab }, { firefox: FirefoxSession & { pages: Map<string, string> } }>({
  firefox: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const session = await startFirefox(EXTENSION_DIR, GECKO_ID, EXTENSION_UUID);
      try {
        const pages = new Map<string, string>();
        await interceptRequests(session.bidi, pages);
        await use({ ...session, pages });
      } finally {
        await session.close();
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  tab: async ({ firefox }, use) => {
    const tab = await FirefoxTab.open(firefox.bidi);
    await use(tab);
    await tab.close();
  },
});

const HINTS_BY_FIELD = `() => Object.fromEntries([...document.querySelectorAll('${HINT_TAG}')]
  .filter((h) => h.previousElementSibling && h.previousElementSibling.id)
  .map((h) => [h.previousElementSibling.id, h.dataset.hint]))`;

for (const file of ['login-sms.html', 'item-with-sms-mini-login.html']) {
  test(`Firefox: SMS login ${file}: phone hint on #fm-sms-login-id, sms hint on #fm-smscode, no panel`, async ({ firefox, tab }) => {
    const fixture = FIXTURE_PAGES.find((f) => f.file === file)!;
    firefox.pages.clear();
    firefox.pages.set(fixture.url, readFixture(fixture.file));
    for (const frame of fixture.frames ?? []) firefox.pages.set(frame.url, readFixture(frame.file));
    await tab.navigate(fixture.url);
    const frame = await expect
      .poll(() => tab.frameContext(fixture.frameUrlPrefix), { timeout: 5000 })
      .not.toBeNull()
      .then(() => tab.frameContext(fixture.frameUrlPrefix));
    await tab.waitFor(`() => document.querySelectorAll('${HINT_TAG}').length >= 2`, 5000, frame!);
    const hints = await tab.evaluate<Record<string, string>>(HINTS_BY_FIELD, frame!);
    expect(hints).toMatchObject({ 'fm-sms-login-id': 'phone-format', 'fm-smscode': 'sms' });

    await tab.evaluate(`() => document.querySelector('a.send-btn-link').click()`, frame!);
    await tab.waitFor(`() => !document.querySelector('.sms-send-success-tip').hidden`, 3000, frame!);
    await new Promise((r) => setTimeout(r, 800));
    for (const { context } of await tab.frames()) {
      expect(await tab.evaluate<number>(`() => document.querySelectorAll('${PANEL_TAG}').length`, context)).toBe(0);
    }
  });
}
