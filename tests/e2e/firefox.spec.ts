import { test as base, expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { GECKO_ID } from '../../lib/manifest-constants';
import { KIND_MEANING } from '../../lib/knowledge/guide';
import { FIXTURE_PAGES, type FixturePage } from '../fixtures/pages';
import { readFixture } from './chromium-extension';
import { startFirefox, type FirefoxSession } from './firefox/firefox';
import { FirefoxTab, interceptRequests } from './firefox/tab';
import { PANEL_CLOCK } from './panel-clock';

const EXTENSION_DIR = fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url));
export const FIREFOX_EXTENSION_UUID = '6f1c2a9e-4b7d-4e0a-9c35-0a1b2c3d4e5f';

interface FirefoxFixtures {
  firefox: FirefoxSession & { pages: Map<string, string> };
}

/** One Firefox per worker, with the extension installed and every fixture page served. */
const test = base.extend<{ tab: FirefoxTab }, FirefoxFixtures>({
  firefox: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const session = await startFirefox(EXTENSION_DIR, GECKO_ID, FIREFOX_EXTENSION_UUID);
      try {
        const pages = new Map<string, string>();
        await interceptRequests(session.bidi, pages);
        await session.bidi.send('script.addPreloadScript', { functionDeclaration: PANEL_CLOCK.toString() });
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

async function openFixture(firefox: FirefoxFixtures['firefox'], tab: FirefoxTab, fixture: FixturePage) {
  firefox.pages.clear();
  firefox.pages.set(fixture.url, readFixture(fixture.file));
  for (const frame of fixture.frames ?? []) firefox.pages.set(frame.url, readFixture(frame.file));
  await tab.navigate(fixture.url);
  if (fixture.click) await tab.evaluate(`() => document.querySelector(${JSON.stringify(fixture.click)}).click()`);
}

const PANEL_KINDS = `() => [...document.querySelectorAll('ali-lock-guide')].map((el) => el.dataset.kind)`;

async function panelsInAllFrames(tab: FirefoxTab): Promise<string[]> {
  const kinds: string[] = [];
  for (const frame of await tab.frames()) kinds.push(...(await tab.evaluate<string[]>(PANEL_KINDS, frame.context)));
  return kinds;
}

test.describe('Firefox: a panel for every banner', () => {
  for (const fixture of FIXTURE_PAGES.filter((f) => f.expect)) {
    test(fixture.name, async ({ firefox, tab }) => {
      await openFixture(firefox, tab, fixture);
      const frame = await expect
        .poll(() => tab.frameContext(fixture.frameUrlPrefix), { timeout: 3000 })
        .not.toBeNull()
        .then(() => tab.frameContext(fixture.frameUrlPrefix));
      const selector = `ali-lock-guide[data-kind="${fixture.expect}"]`;
      await tab.waitFor(`() => document.querySelector('${selector}') !== null`, 3000, frame!);

      const timing = await tab.evaluate<{ panelAt: number | null; bannerAt: number }>(
        `() => {
          const nav = performance.getEntriesByType('navigation')[0];
          return { panelAt: window.__panelAt ?? null, bannerAt: window.__bannerAt ?? nav?.domContentLoadedEventEnd ?? 0 };
        }`,
        frame!,
      );
      expect(timing.panelAt).not.toBeNull();
      expect(timing.panelAt! - timing.bannerAt, 'banner to panel').toBeLessThan(1000);
      expect(await panelsInAllFrames(tab)).toEqual([fixture.expect]);

      const host = await tab.evaluate<{ mode: string; lang: string; headline: string; placement: string }>(
        `() => {
          const el = document.querySelector('${selector}');
          return { mode: el.shadowRoot?.mode, lang: el.getAttribute('lang'), placement: el.dataset.placement,
                   headline: el.shadowRoot?.querySelector('h2')?.textContent };
        }`,
        frame!,
      );
      expect(host).toMatchObject({ mode: 'open', lang: 'ja', headline: KIND_MEANING[fixture.expect!].ja });
      if (fixture.placement) expect(host.placement).toBe(fixture.placement);
    });
  }
});

test.describe('Firefox: no panel on ordinary pages', () => {
  for (const fixture of FIXTURE_PAGES.filter((f) => !f.expect)) {
    test(fixture.name, async ({ firefox, tab }) => {
      await openFixture(firefox, tab, fixture);
      if (fixture.late) await tab.waitFor('() => window.__mutatedAt', 3000);
      await new Promise((r) => setTimeout(r, 1200));
      expect(await panelsInAllFrames(tab)).toEqual([]);
    });
  }
});

test('Firefox: the popup loads and keeps a ticked item', async ({ firefox, tab }) => {
  const popupUrl = `${firefox.extensionOrigin}/popup.html`;
  await tab.navigate(popupUrl);
  await tab.waitFor(`() => document.documentElement.dataset.ready === 'true'`, 5000);
  const checkbox = `document.querySelector('li[data-id="step.phone-format"] input[type="checkbox"]')`;
  expect(await tab.evaluate<boolean>(`() => ${checkbox}.checked`)).toBe(false);
  await tab.evaluate(`() => ${checkbox}.click()`);
  await tab.waitFor(`() => document.querySelector('[data-progress]').textContent.startsWith('1 /')`, 3000);

  // Close and open again: the tick was stored by the background.
  await tab.navigate('about:blank');
  await tab.navigate(popupUrl);
  await tab.waitFor(`() => document.documentElement.dataset.ready === 'true'`, 5000);
  expect(await tab.evaluate<boolean>(`() => ${checkbox}.checked`)).toBe(true);
});
