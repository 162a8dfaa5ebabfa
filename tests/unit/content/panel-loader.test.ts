// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { earlyHeadKit } from '../../../components/panel-head';
import { createPanelLoader } from '../../../lib/content/panel-loader';
import { PANEL_TAG } from '../../../lib/content/host-tags';
import { storeEarlyHeadKit } from '../../../lib/storage/items';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
  document.body.textContent = '';
});

it("draws a banner's early head, then starts loading the panel UI in a later task (the import's own work would delay the head)", async () => {
  await storeEarlyHeadKit(earlyHeadKit());
  // The banner is in sight, fully opaque (happy-dom lays nothing out and computes no opacity).
  vi.spyOn(window, 'getComputedStyle').mockReturnValue({ opacity: '1', filter: 'none', textAlign: 'start' } as CSSStyleDeclaration);
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({ left: 0, top: 0, right: 300, bottom: 40, width: 300, height: 40 } as DOMRect);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ja');
  const banner = document.body.appendChild(document.createElement('div'));
  banner.textContent = 'Your account has been temporarily locked.';
  const headsWhenLoading: number[] = [];
  // The import of the panel UI starts with its address (never loaded here: the head stays).
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path) => {
    headsWhenLoading.push(document.querySelectorAll(PANEL_TAG).length);
    return `data:text/javascript,/*${path}*/`;
  });
  const panels = createPanelLoader({ isInvalid: false } as never);
  // The stored kit and preferences are read when the loader starts.
  await new Promise((done) => setTimeout(done, 0));
  panels.sync(new Map([['locked', { kind: 'locked', anchor: banner, wholePage: false }]]));
  // Not in the task that found the banner: the page sees the head before the import's work.
  expect(headsWhenLoading).toEqual([]);
  expect(banner.nextElementSibling?.tagName).toBe(PANEL_TAG.toUpperCase());
  await new Promise((done) => setTimeout(done, 0));
  expect(headsWhenLoading).toEqual([1]);
});
