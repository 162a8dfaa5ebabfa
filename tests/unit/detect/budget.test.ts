// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BannerTracker, LINES_PER_BATCH } from '../../../lib/detect/tracker';

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

/** The work of one batch that takes `taken` cards out of a list of `cards` (a list re-rendering its rows). */
function workForRemovals(url: string, cards: number, taken: number): number {
  document.body.innerHTML = `<div id="list">${Array.from({ length: cards }, (_, i) => card(i)).join('')}</div>`;
  const tracker = new BannerTracker({ isShown: () => true, render: () => {} }, document);
  tracker.scanDocument(url);
  const observer = new MutationObserver(() => {});
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  const list = document.getElementById('list')!;
  for (let i = 0; i < taken; i++) list.children[i * 7]!.remove();
  const records = observer.takeRecords();
  observer.disconnect();
  tracker.processMutations(records);
  return tracker.work;
}

describe('cards taken out of a list', () => {
  it.each(PAGE_KINDS)('on %s cost the same in a long list as in a short one (the list is not read again)', (_name, url) => {
    expect(workForRemovals(url, 2_000, 4)).toBe(workForRemovals(url, 100, 4));
  });
});

describe('a page that changes thousands of matching lines at once (issue 19 item 7)', () => {
  it('reads a bounded number of them per batch and the rest later: a new banner among them is found', () => {
    const line = '<div role="alert">Your account has been temporarily locked.</div>';
    document.body.innerHTML = `<div id="wrap">${line.repeat(10_000)}</div>`;
    // Each line read is one visibility check: the layout read the page pays for.
    let reads = 0;
    const tracker = new BannerTracker(
      { isShown: (el) => (reads++, !el.closest('.off')), render: () => {} },
      document,
    );
    tracker.scanDocument(PRODUCT_URL);
    expect(tracker.banners.has('locked')).toBe(true);
    const observer = new MutationObserver(() => {});
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class'] });
    // One frame of the attack: a class toggle above all the lines; a real banner comes with it.
    document.getElementById('wrap')!.classList.toggle('off');
    document.body.insertAdjacentHTML('beforeend', '<div role="alert">Your account has been permanently deleted.</div>');
    const records = observer.takeRecords();
    observer.disconnect();
    reads = 0;
    let more = tracker.processMutations(records);
    expect(reads).toBeLessThanOrEqual(LINES_PER_BATCH);
    expect(more).toBe(true);
    let turns = 0;
    while (more) {
      reads = 0;
      more = tracker.processMutations([]);
      expect(reads).toBeLessThanOrEqual(LINES_PER_BATCH);
      turns++;
    }
    expect(turns).toBeLessThanOrEqual(Math.ceil(10_001 / LINES_PER_BATCH));
    expect([...tracker.banners.keys()]).toEqual(['deleted']);
  });
});
