import { expect } from '@playwright/test';
import { ACTIONS, type Action } from '../../../lib/explain/actions';
import { guideFor } from '../../../lib/explain/guide';
import { NO_PAGE_FACTS } from '../../../lib/explain/situation';
import { meaningOf } from '../../../lib/explain/heads';
import type { FixturePage } from '../../fixtures/pages';
import { fixtureTitle, panelSelector, readFixture } from './fixtures';
import type { Kind } from '../../../lib/detect/kinds';
import { EXTENSION_WAIT_MS, panelsInAllFrames, until, waitForFirstPass, waitForPanel, type GuideTab } from './guide-tab';

/**
 * The page arrived as saved: its title, Japanese and Russian ones included, reads the same
 * in the browser. A driver that mangles UTF-8 fails here by name, not by a missing panel.
 */
async function checkServedIntact(tab: GuideTab, fixture: FixturePage): Promise<void> {
  const saved = readFixture(fixture.file);
  // A page whose own script retitles it (the anti-bot bundle does) is checked by its heading.
  const heading = /document\.title\s*=/.test(saved) ? /<h1[^>]*>([^<]*)<\/h1>/.exec(saved)?.[1] : undefined;
  if (heading !== undefined) {
    const shown = await tab.frames()[0]!.evaluate(() => document.querySelector('h1')?.textContent ?? null, undefined);
    expect(shown, 'the page heading as served').toBe(heading);
  } else {
    expect(await tab.frames()[0]!.evaluate(() => document.title, undefined), 'the page title as served').toBe(fixtureTitle(fixture));
  }
}

/** What the panel clock (panel-clock.ts) and the page recorded, in the banner's frame. */
interface PanelTiming {
  panelAt: number | null;
  bannerAt: number;
}

/**
 * The page contract for a fixture with a banner, the same in every browser: exactly one
 * panel of the expected kind in the whole tab, in the banner's frame, with an open shadow
 * root, in Japanese, headed by what the banner means, placed where the fixture says.
 * Returns the banner-to-panel time measured inside the page (reported, not asserted: it
 * depends on the machine's load; `npm run bench` holds the latency budget).
 */
export async function checkPanelForBanner(tab: GuideTab, fixture: FixturePage): Promise<number> {
  const kind = fixture.expect;
  if (!kind) throw new Error(`${fixture.name} expects no panel`);
  await tab.open(fixture);
  await checkServedIntact(tab, fixture);
  const frame = await waitForPanel(tab, kind, fixture.frameUrlPrefix);

  const timing = await frame.evaluate((): PanelTiming => {
    const w = window as unknown as { __panelAt?: number; __bannerAt?: number };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { panelAt: w.__panelAt ?? null, bannerAt: w.__bannerAt ?? nav?.domContentLoadedEventEnd ?? 0 };
  }, undefined);
  expect(timing.panelAt, 'the panel clock saw the panel appear').not.toBeNull();

  expect(await panelsInAllFrames(tab)).toEqual([kind]);

  // A page whose interception changes after load (a slide that fails) gets its final
  // headline a moment after the panel appears.
  const headline = meaningOf(kind, fixture.captchaVariant).ja;
  await until(`the headline "${headline}"`, async () =>
    (await frame.evaluate(
      ({ selector, expected }) => document.querySelector(selector)?.shadowRoot?.querySelector('h2')?.textContent?.trim() === expected,
      { selector: panelSelector(kind), expected: headline },
    )) || undefined,
  ).catch(() => undefined);
  const host = await frame.evaluate(
    ({ selector, bannerSelector }) => {
      const el = document.querySelector<HTMLElement>(selector)!;
      return {
        mode: el.shadowRoot?.mode,
        lang: el.shadowRoot?.querySelector('.panel')?.getAttribute('lang'),
        hostLang: el.getAttribute('lang'),
        headline: el.shadowRoot?.querySelector('h2')?.textContent?.trim(),
        now: el.shadowRoot?.querySelector<HTMLElement>('.panel')?.dataset.now,
        gloss: el.shadowRoot?.querySelector('.gloss')?.textContent ?? null,
        nowLine: el.shadowRoot?.querySelector('[data-section="now"]')?.textContent ?? null,
        nowSource: el.shadowRoot?.querySelector('.now [data-source]')?.textContent ?? null,
        placement: el.dataset.placement,
        position: getComputedStyle(el).position,
        afterBanner: el.previousElementSibling?.contains(document.querySelector(bannerSelector)) === true,
      };
    },
    { selector: panelSelector(kind), bannerSelector: fixture.banner ?? '#banner' },
  );
  expect(host).toMatchObject({ mode: 'open', lang: 'ja', hostLang: null, headline });
  // What to do first follows the page: the slider, the block page, the busy page…
  if (fixture.captchaVariant) expect(host.now).toBe(guideFor('captcha', { ...NO_PAGE_FACTS, captchaVariant: fixture.captchaVariant }).now);
  if (fixture.now) {
    expect(host.now, 'what the panel says to do now').toBe(fixture.now);
    // The help center's advice says so where it is shown.
    const source = (ACTIONS[fixture.now] as Action).source;
    expect(host.nowSource, 'the source of the action for now').toBe(source === 'help-center' ? 'ヘルプセンターの案内' : null);
  }
  if (fixture.placement === 'fixed') expect(host).toMatchObject({ placement: 'fixed', position: 'fixed' });
  if (fixture.placement === 'inline') expect(host).toMatchObject({ placement: 'inline', afterBanner: true });
  // The page's own figure survives in our words: its translation and what to do now.
  if (fixture.keeps !== undefined) {
    expect(host.gloss, 'the translation').toContain(fixture.keeps);
    expect(host.nowLine, '今すること').toContain(fixture.keeps);
  }
  if (fixture.quote !== undefined) await checkQuote(tab, kind, fixture.quote);
  return timing.panelAt! - timing.bannerAt;
}

/**
 * The banner's words as the panel quotes them into the support message: its message and
 * nothing of the buttons, links or hidden text around it. (Inline, the panel itself shows
 * only their translation.) Last, since it opens the composer.
 */
async function checkQuote(tab: GuideTab, kind: Kind, quote: string): Promise<void> {
  await tab.clickInPanel(kind, '[data-disclosure="compose"]');
  // The composer is the extension's page in a frame of the panel: asked frame by frame.
  const message = await until('the support message', async () => {
    for (const composer of tab.frames()) {
      const text = await composer
        .evaluate(() => (location.pathname.endsWith('/composer.html') ? document.querySelector('[data-message-en]')?.textContent : undefined), undefined)
        .catch(() => undefined);
      if (text) return text;
    }
    return undefined;
  });
  expect(message, 'the banner’s words, quoted in the support message').toContain(`The page shows this message: "${quote}"`);
}

/**
 * A page that must never get a panel: after the page's own late changes (if any) and the
 * content script's first pass, the detector has found nothing and no panel is on the page.
 */
export async function checkNoPanel(tab: GuideTab, fixture: FixturePage): Promise<void> {
  if (fixture.expect) throw new Error(`${fixture.name} expects a panel`);
  await tab.open(fixture);
  await checkServedIntact(tab, fixture);
  const top = tab.frames()[0]!;
  if (fixture.late) {
    await expect
      .poll(() => top.evaluate(() => (window as unknown as { __mutatedAt?: number }).__mutatedAt ?? null, undefined), {
        message: 'the page made its late change',
        timeout: EXTENSION_WAIT_MS,
      })
      .not.toBeNull();
  }
  const firstPass = await waitForFirstPass(tab);
  expect(firstPass.kinds, 'what the detector found').toEqual([]);
  expect(await panelsInAllFrames(tab)).toEqual([]);
}

/**
 * Runs in the background (Chromium) or an extension page (Firefox): whether the tab state
 * holds `kind` with the page facts its panel decided (lib/explain/situation.ts), in any tab.
 */
async function situationStored(kind: string): Promise<boolean> {
  type Area = { get(key: string): Promise<Record<string, unknown>> };
  const scope = globalThis as unknown as { browser?: { storage: { session: Area } }; chrome: { storage: { session: Area } } };
  const { tabs } = await (scope.browser ?? scope.chrome).storage.session.get('tabs');
  const frames = Object.values((tabs ?? {}) as Record<string, { frames: Record<string, { pages?: Record<string, unknown> }> }>).flatMap((t) => Object.values(t.frames));
  return frames.some((f) => f.pages?.[kind] !== undefined);
}

/**
 * One story per tab: the toolbar popup opened for a tab with a banner leads with the panel's
 * action for now (the page contract: the panel root's `data-now` is the popup's first
 * `data-action` / `data-id`), then the panel's steps in the panel's order.
 */
export async function checkPopupTellsThePanelsStory(tab: GuideTab, fixture: FixturePage): Promise<void> {
  const kind = fixture.expect;
  if (!kind) throw new Error(`${fixture.name} expects no panel`);
  await tab.open(fixture);
  const frame = await waitForPanel(tab, kind, fixture.frameUrlPrefix);
  const panelSays = await frame.evaluate((selector) => {
    const root = document.querySelector(selector)!.shadowRoot!;
    const now = root.querySelector<HTMLElement>('.panel[data-now]')!.dataset.now!;
    const steps = [...root.querySelectorAll<HTMLElement>('[data-section="steps"] [data-action]')].map((el) => el.dataset.action!);
    return [now, ...steps];
  }, panelSelector(kind));
  await until(`the ${kind} situation reported to the background`, async () => (await tab.evaluateInExtension(situationStored, kind)) || undefined);

  const popup = await tab.openPopup();
  try {
    const popupSays = await popup.evaluate(() => {
      const ids = (els: Iterable<Element>) => [...els].map((el) => el.getAttribute('data-action') ?? el.getAttribute('data-id'));
      return { first: ids(document.querySelectorAll('[data-action], [data-id]')).slice(0, 1), story: ids(document.querySelectorAll('.story [data-action], .story [data-id]')) };
    }, undefined);
    expect(popupSays.first, "the popup's first action is the panel's action for now").toEqual([panelSays[0]]);
    expect(popupSays.story, "the popup's story is the panel's, in its order").toEqual(panelSays);
  } finally {
    await popup.close();
  }
}
