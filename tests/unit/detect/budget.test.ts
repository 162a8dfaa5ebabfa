// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BannerTracker } from '../../../lib/detect/tracker';

/**
 * Regression guards that cannot flake: they count work, not time. The timing budgets are
 * shown by `npm run bench`; the content script's size is checked after the build
 * (tests/checks/content-script.test.ts).
 */
const PRODUCT_URL = 'https://www.aliexpress.com/item/1005006123456789.html';
const LOGIN_URL = 'https://login.aliexpress.com/';

// Cards full of the words banners use but matching no rule: per-batch work is bounded by the
// changed nodes plus the banners currently tracked, and a page shows only a few of those.
function card(i: number): string {
  return `<div class="multi--container--1UZxxHY"><h3 class="multi--titleText--nXeOvyr">Smart Lock Frozen Verify ${i}</h3>
    <div class="multi--price--1okBCly"><span>US $</span><span class="p">${i}.99</span></div>
    <div class="carousel-slide" style="transform: translateX(0)"><span>slide ${i}</span></div></div>`;
}

/** Builds a page of `cards` cards, applies the same `changes` mutations, returns the work counted. */
function workForBatch(url: string, cards: number, changes: number): number {
  document.body.innerHTML = `<div id="list">${Array.from({ length: cards }, (_, i) => card(i)).join('')}</div>
    <div class="nfm-login-input-error-text" style="display:none">Your account has been locked</div>`;
  const tracker = new BannerTracker(
    { isShown: (el) => !el.closest('[style*="display:none"]'), render: () => {} },
    document,
  );
  tracker.scanDocument(url);
  const observer = new MutationObserver(() => {});
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'style', 'hidden'] });
  const list = document.getElementById('list')!;
  const prices = list.getElementsByClassName('p');
  const slides = list.getElementsByClassName('carousel-slide') as HTMLCollectionOf<HTMLElement>;
  for (let i = 0; i < changes; i++) {
    switch (i % 4) {
      case 0:
        list.insertAdjacentHTML('beforeend', card(10_000 + i));
        break;
      case 1:
        (prices[i]!.firstChild as Text).data = `${i}.49`;
        break;
      case 2:
        slides[i]!.style.transform = `translateX(-${i}%)`;
        break;
      default:
        slides[i]!.classList.toggle('active');
    }
  }
  const records = observer.takeRecords();
  observer.disconnect();
  tracker.processMutations(records);
  return tracker.work;
}

const PAGE_KINDS = [
  ['an ordinary page', PRODUCT_URL],
  ['a login page', LOGIN_URL],
] as const;

describe('work per mutation batch', () => {
  it.each(PAGE_KINDS)('on %s does not grow with the document', (_name, url) => {
    const small = workForBatch(url, 100, 40);
    const large = workForBatch(url, 2_000, 40);
    expect(large).toBe(small);
  });

  it.each(PAGE_KINDS)('on %s grows with the nodes that changed', (_name, url) => {
    const base = workForBatch(url, 500, 40);
    const double = workForBatch(url, 500, 80);
    expect(double).toBeGreaterThan(base * 1.5);
    expect(double).toBeLessThanOrEqual(base * 2 + 4);
  });
});
