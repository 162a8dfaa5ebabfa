import type { Frame, Page } from '@playwright/test';
import { KIND_MEANING } from '../../lib/knowledge/guide';
import { FIXTURE_PAGES, type FixturePage } from '../fixtures/pages';
import { expect, serveFixture, test } from './chromium-extension';

/** Time from the banner appearing to its panel appearing, measured inside the frame. */
interface PanelTiming {
  panelAt: number | null;
  bannerAt: number;
}

async function timing(frame: Frame): Promise<PanelTiming> {
  return frame.evaluate(() => {
    const w = window as unknown as { __panelAt?: number; __bannerAt?: number };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { panelAt: w.__panelAt ?? null, bannerAt: w.__bannerAt ?? nav?.domContentLoadedEventEnd ?? 0 };
  });
}

function bannerFrame(page: Page, fixture: FixturePage): Frame {
  if (!fixture.frameUrlPrefix) return page.mainFrame();
  const frame = page.frames().find((f) => f.url().startsWith(fixture.frameUrlPrefix!));
  if (!frame) throw new Error(`frame ${fixture.frameUrlPrefix} not loaded`);
  return frame;
}

async function panelsInAllFrames(page: Page): Promise<string[]> {
  const kinds: string[] = [];
  for (const frame of page.frames()) {
    kinds.push(
      ...(await frame.evaluate(() =>
        [...document.querySelectorAll('ali-lock-guide')].map((el) => (el as HTMLElement).dataset.kind ?? '?'),
      )),
    );
  }
  return kinds;
}

async function open(page: Page, fixture: FixturePage): Promise<void> {
  await serveFixture(page, fixture);
  await page.goto(fixture.url);
  if (fixture.click) await page.click(fixture.click);
}

const timings: { name: string; ms: number }[] = [];

test.describe('a panel for every banner', () => {
  for (const fixture of FIXTURE_PAGES.filter((f) => f.expect)) {
    test(fixture.name, async ({ page }) => {
      await open(page, fixture);
      if (fixture.frameUrlPrefix) await page.waitForFunction(() => document.querySelector('iframe'));
      await expect.poll(() => page.frames().some((f) => !fixture.frameUrlPrefix || f.url().startsWith(fixture.frameUrlPrefix))).toBe(true);
      const frame = bannerFrame(page, fixture);
      const panel = frame.locator(`ali-lock-guide[data-kind="${fixture.expect}"]`);
      await expect(panel).toHaveCount(1, { timeout: 3000 });

      const { panelAt, bannerAt } = await timing(frame);
      expect(panelAt).not.toBeNull();
      const ms = panelAt! - bannerAt;
      timings.push({ name: fixture.name, ms });
      expect(ms, 'banner to panel').toBeLessThan(1000);

      // Exactly one panel on the whole page, in any frame.
      expect(await panelsInAllFrames(page)).toEqual([fixture.expect]);

      // The contract: open shadow root, language, what the page means, the original words.
      const host = await panel.evaluate((el, bannerSelector) => ({
        open: el.shadowRoot?.mode,
        lang: el.getAttribute('lang'),
        placement: (el as HTMLElement).dataset.placement,
        position: getComputedStyle(el).position,
        afterBanner: el.previousElementSibling?.contains(document.querySelector(bannerSelector)) === true,
      }), fixture.banner ?? '#banner');
      expect(host.open).toBe('open');
      expect(host.lang).toBe('ja');
      await expect(panel.getByRole('heading', { level: 2 })).toHaveText(KIND_MEANING[fixture.expect!].ja);
      if (fixture.placement === 'fixed') {
        expect(host).toMatchObject({ placement: 'fixed', position: 'fixed' });
      } else if (fixture.placement === 'inline') {
        expect(host).toMatchObject({ placement: 'inline', afterBanner: true });
      }
    });
  }
});

test.describe('no panel on ordinary pages', () => {
  for (const fixture of FIXTURE_PAGES.filter((f) => !f.expect)) {
    test(fixture.name, async ({ page }) => {
      await open(page, fixture);
      if (fixture.late) {
        await page.waitForFunction(() => (window as unknown as { __mutatedAt?: number }).__mutatedAt);
      }
      // Give the content script (document_idle) and the observer well over a second.
      await page.waitForTimeout(1200);
      expect(await panelsInAllFrames(page)).toEqual([]);
    });
  }
});

test.afterAll(() => {
  if (timings.length === 0) return;
  const sorted = timings.map((t) => t.ms).sort((a, b) => a - b);
  console.log(
    `banner → panel (ms): ${timings.map((t) => `${t.name}: ${t.ms.toFixed(1)}`).join('; ')} | max ${sorted.at(-1)!.toFixed(1)}`,
  );
});
