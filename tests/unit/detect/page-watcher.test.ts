// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.aliexpress.com/item/1005006123456789.html"}
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Kind } from '../../../lib/detect/kinds';
import { PageWatcher } from '../../../lib/detect/page-watcher';
import { BannerTracker, type Banner } from '../../../lib/detect/tracker';

const PRODUCT_URL = 'https://www.aliexpress.com/item/1005006123456789.html';
const LOGIN_URL = 'https://login.aliexpress.com/?return_url=https%3A%2F%2Fwww.aliexpress.com';

/** happy-dom has no layout: "shown" means no hidden attribute or display:none up the tree. */
function fakeIsShown(el: Element): boolean {
  return el.isConnected && !el.closest('[hidden], [style*="display: none"], [style*="display:none"]');
}

let watcher: PageWatcher | undefined;
afterEach(() => {
  watcher?.stop();
  document.body.innerHTML = '';
});

const nextBatch = () => new Promise((resolve) => setTimeout(resolve, 0));

function watch(html: string, url: string, stillValid?: () => boolean) {
  document.body.innerHTML = html;
  const renders: ReadonlyMap<Kind, Banner>[] = [];
  const batches = vi.spyOn(BannerTracker.prototype, 'processMutations');
  const scans = vi.spyOn(BannerTracker.prototype, 'scanDocument');
  watcher = new PageWatcher(document, { isShown: fakeIsShown, render: (b) => renders.push(b), stillValid: stillValid ?? (() => true) });
  watcher.startPage(url);
  const kinds = () => [...watcher!.banners.keys()].sort();
  return { watcher, renders, batches, scans, kinds };
}

describe('visibility watched on tracked banners only', () => {
  it('sees a banner shown through an ancestor, and nothing of the page churning elsewhere', async () => {
    const w = watch(
      `<div id="wrap" class="closed" hidden><div class="nfm-login-input-error-text">Your account has been locked</div></div>
       <div id="carousel"><div class="slide">1</div></div>`,
      LOGIN_URL,
    );
    expect(w.kinds()).toEqual([]);

    // The page's carousel churns: no batch reaches the tracker.
    (document.querySelector('.slide') as HTMLElement).style.transform = 'translateX(10px)';
    document.getElementById('carousel')!.classList.add('moving');
    await nextBatch();
    expect(w.batches).not.toHaveBeenCalled();

    document.getElementById('wrap')!.removeAttribute('hidden');
    await nextBatch();
    expect(w.kinds()).toEqual(['locked']);
    expect(w.batches).toHaveBeenCalledTimes(1);
  });

  it('moves the attribute scope when the tracked banners change', async () => {
    const w = watch(`<div id="a" class="error-msg" hidden>Your account has been suspended</div><div id="b"></div>`, PRODUCT_URL);
    document.getElementById('b')!.insertAdjacentHTML('beforeend', '<div id="t" class="toast" hidden>Too many attempts, please try again later</div>');
    await nextBatch();
    document.getElementById('t')!.removeAttribute('hidden');
    await nextBatch();
    expect(w.kinds()).toEqual(['too-many-attempts']);
  });
});

describe('text edits watched where they can matter', () => {
  it('on an ordinary page: inside message containers only, including ones added later', async () => {
    const w = watch(`<div class="price"><span id="p">12.99</span></div><div class="toast"><span id="t">Loading…</span></div><div id="slot"></div>`, PRODUCT_URL);
    (document.getElementById('p')!.firstChild as Text).data = '11.99';
    await nextBatch();
    expect(w.batches).not.toHaveBeenCalled();

    (document.getElementById('t')!.firstChild as Text).data = 'Too many attempts, please try again later';
    await nextBatch();
    expect(w.kinds()).toEqual(['too-many-attempts']);

    document.getElementById('slot')!.insertAdjacentHTML('beforeend', '<div role="alert"><span id="late">…</span></div>');
    await nextBatch();
    (document.getElementById('late')!.firstChild as Text).data = 'Your account has been locked';
    await nextBatch();
    expect(w.kinds()).toEqual(['locked', 'too-many-attempts']);
  });

  it('on a login page: everywhere', async () => {
    const w = watch(`<div class="x-9"><span id="t">Loading…</span></div>`, LOGIN_URL);
    (document.getElementById('t')!.firstChild as Text).data = 'Account or password is incorrect';
    await nextBatch();
    expect(w.kinds()).toEqual(['wrong-credentials']);
  });

  it('narrows the text scope again after navigating from a login page to an ordinary one', async () => {
    const w = watch(`<div class="x-9"><span id="t">Loading…</span></div>`, LOGIN_URL);
    w.watcher.startPage(PRODUCT_URL);
    w.batches.mockClear();
    (document.getElementById('t')!.firstChild as Text).data = 'Account or password is incorrect';
    await nextBatch();
    expect(w.batches).not.toHaveBeenCalled();
    expect(w.kinds()).toEqual([]);
  });
});

describe('start of a page', () => {
  it('reads the document once per address, however often it is told the address may have changed', () => {
    history.replaceState(null, '', PRODUCT_URL);
    const w = watch(`<div class="x"><p>Account or password is incorrect</p></div>`, location.href);
    for (let i = 0; i < 200; i++) w.watcher.locationChanged(location.href);
    expect(w.scans).toHaveBeenCalledTimes(1);
    expect(w.kinds()).toEqual([]);

    // A real in-page navigation to a login page: one read of the new page.
    history.pushState(null, '', 'https://www.aliexpress.com/p/ug-login-page/login.html?returnUrl=%2F');
    for (let i = 0; i < 3; i++) w.watcher.locationChanged(location.href);
    expect(w.scans).toHaveBeenCalledTimes(2);
    expect(w.watcher.address).toBe('https://www.aliexpress.com/p/ug-login-page/login.html?returnUrl=%2F');
    expect(w.kinds()).toEqual(['wrong-credentials']);
  });

  it('reads the document again only when the address leads to another kind of page', () => {
    const w = watch(`<div class="x"><p>Account or password is incorrect</p></div>`, PRODUCT_URL);
    // A search page rewriting its query while the user scrolls: no new read.
    for (let i = 0; i < 1000; i++) w.watcher.locationChanged(`${PRODUCT_URL}?page=${i}#reviews`);
    expect(w.scans).toHaveBeenCalledTimes(1);
    expect(w.watcher.address).toBe(`${PRODUCT_URL}?page=999#reviews`);
    // To a login page and back: each reads the page with its own rules.
    w.watcher.locationChanged(LOGIN_URL);
    expect(w.scans).toHaveBeenCalledTimes(2);
    expect(w.kinds()).toEqual(['wrong-credentials']);
    w.watcher.locationChanged(`${LOGIN_URL}?step=2`);
    expect(w.scans).toHaveBeenCalledTimes(2);
    w.watcher.locationChanged(PRODUCT_URL);
    expect(w.scans).toHaveBeenCalledTimes(3);
    expect(w.kinds()).toEqual([]);
    // An anti-bot address is always read: which check it is comes from the address.
    w.watcher.locationChanged('https://www.aliexpress.com//_____tmd_____/punish?x5secdata=a&action=captchacapslidev2');
    w.watcher.locationChanged('https://www.aliexpress.com//_____tmd_____/punish?x5secdata=a&action=captcharecaptcha');
    expect(w.scans).toHaveBeenCalledTimes(5);
  });

  it('startPage always reads the whole document again', () => {
    const w = watch('<div></div>', PRODUCT_URL);
    w.watcher.startPage(PRODUCT_URL);
    expect(w.scans).toHaveBeenCalledTimes(2);
  });
});

describe('stopping', () => {
  it('goes quiet for good when the extension is no longer valid, noticed on the next change', async () => {
    let valid = true;
    const w = watch(`<div id="slot"></div>`, LOGIN_URL, () => valid);
    valid = false;
    document.getElementById('slot')!.insertAdjacentHTML('beforeend', '<div class="toast">Your account has been locked</div>');
    await nextBatch();
    expect(w.batches).not.toHaveBeenCalled();
    expect(w.kinds()).toEqual([]);
    // Observers are gone: nothing more reaches the tracker, and a new page is not read.
    document.getElementById('slot')!.insertAdjacentHTML('beforeend', '<div class="toast">Too many attempts</div>');
    w.watcher.locationChanged('https://login.aliexpress.com/buyer.htm');
    await nextBatch();
    expect(w.batches).not.toHaveBeenCalled();
    expect(w.scans).toHaveBeenCalledTimes(1);
  });

  it('stop() disconnects every observer', async () => {
    const w = watch(`<div id="e" class="error-msg" hidden>Your account has been suspended</div>`, LOGIN_URL);
    w.watcher.stop();
    document.getElementById('e')!.removeAttribute('hidden');
    document.body.append(document.createElement('div'));
    await nextBatch();
    expect(w.batches).not.toHaveBeenCalled();
  });
});
