import { FIXTURE_PAGES } from '../../fixtures/pages';
import { checkNoPanel, checkPanelForBanner } from '../harness/fixture-checks';
import { until } from '../harness/guide-tab';
import { expect, FIREFOX_POPUP_URL, firefoxTest as test, openExtensionPage } from '../harness/firefox';

// The same fixture list and the same checks as the Chromium suite (panel.spec.ts).
test.describe('Firefox: a panel for every banner', () => {
  for (const fixture of FIXTURE_PAGES.filter((f) => f.expect)) {
    test(fixture.name, async ({ tab }) => {
      await checkPanelForBanner(tab, fixture);
    });
  }
});

test.describe('Firefox: no panel on ordinary pages', () => {
  for (const fixture of FIXTURE_PAGES.filter((f) => !f.expect)) {
    test(fixture.name, async ({ tab }) => {
      await checkNoPanel(tab, fixture);
    });
  }
});

test('Firefox: the popup loads and keeps a ticked item', async ({ firefoxPage: page }) => {
  const checkbox = 'li[data-id="step.phone-format"] input[type="checkbox"]';
  await openExtensionPage(page, FIREFOX_POPUP_URL, 'html[data-ready="true"]');
  expect(await page.$eval(checkbox, (el) => (el as HTMLInputElement).checked)).toBe(false);
  await page.click(checkbox);
  // Polled from here: the extension page's CSP blocks puppeteer's waitForFunction.
  await until('progress 1 / …', async () =>
    (await page.evaluate(() => document.querySelector('[data-progress]')?.textContent?.startsWith('1 /'))) || undefined,
  );

  // Close and open again: the tick was stored by the background.
  await page.goto('about:blank');
  await openExtensionPage(page, FIREFOX_POPUP_URL, 'html[data-ready="true"]');
  expect(await page.$eval(checkbox, (el) => (el as HTMLInputElement).checked)).toBe(true);
});
