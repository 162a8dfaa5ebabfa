// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Kind } from '../../../lib/detect/kinds';
import { PANEL_TAG } from '../../../lib/content/host-tags';
import { BannerTracker, type Banner } from '../../../lib/detect/tracker';
import { NEGATIVE_CASES } from './detect-cases';

const PRODUCT_URL = 'https://www.aliexpress.com/item/1005006123456789.html';
const LOGIN_URL = 'https://login.aliexpress.com/?return_url=https%3A%2F%2Fwww.aliexpress.com';

/** happy-dom has no layout: "shown" means no hidden attribute or display:none up the tree. */
function fakeIsShown(el: Element): boolean {
  return el.isConnected && !el.closest('[hidden], [style*="display: none"], [style*="display:none"]');
}

interface Harness {
  tracker: BannerTracker;
  renders: ReadonlyMap<Kind, Banner>[];
  kinds(): Kind[];
  /** Waits for the observer's batch and returns the kinds shown after it. */
  settle(): Promise<Kind[]>;
}

let observer: MutationObserver | undefined;

function start(html: string, url: string): Harness {
  document.body.innerHTML = html;
  const renders: ReadonlyMap<Kind, Banner>[] = [];
  const tracker = new BannerTracker({ isShown: fakeIsShown, render: (b) => renders.push(b) }, document);
  tracker.scanDocument(url);
  observer = new MutationObserver((records) => tracker.processMutations(records));
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden'],
  });
  const kinds = () => [...tracker.banners.keys()].sort();
  return {
    tracker,
    renders,
    kinds,
    settle: async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      return kinds();
    },
  };
}

afterEach(() => {
  observer?.disconnect();
  document.body.innerHTML = '';
});

function productPageWith(text: string, spot: string): string {
  const places: Record<string, string> = {
    title: `<h1 class="title--wrap--UUHae_g" data-pl="product-title">${text}</h1>`,
    description: `<div class="description--origin-part--SsZJoGC"><p>${text}</p></div>`,
    spec: `<ul class="specification--list--GZuXzRX"><li><span>${text}</span></li></ul>`,
    review: `<div class="list--itemBox--je_KNzb"><div class="list--itemReview--d9Z9Z5Z">${text}</div></div>`,
    search: `<div class="multi--titleText--nXeOvyr"><h3>${text}</h3></div>`,
    help: `<article class="help-article"><h2>Help</h2><p>${text}</p></article>`,
  };
  return `<header><a class="my-account-login" href="#">Sign in</a></header><main>${places[spot]}</main>`;
}

describe('no false panels', () => {
  it.each(NEGATIVE_CASES.map((c) => [c.spot, c.text] as const))('%s at load: %s', (spot, text) => {
    const h = start(productPageWith(text, spot), PRODUCT_URL);
    expect(h.kinds()).toEqual([]);
  });

  it.each(NEGATIVE_CASES.filter((_, i) => i % 4 === 0).map((c) => [c.spot, c.text] as const))(
    '%s inserted later: %s',
    async (spot, text) => {
      const h = start('<main id="feed"></main>', PRODUCT_URL);
      document.getElementById('feed')!.insertAdjacentHTML('beforeend', productPageWith(text, spot));
      expect(await h.settle()).toEqual([]);
    },
  );

  it('ignores error strings in scripts, JSON blocks and templates, even on login pages', () => {
    const h = start(
      `<script>window._lang = { locked: "Your account has been locked" };</script>
       <script type="application/json">{"errorMsg":"Too many attempts"}</script>
       <template><div class="nfm-login-input-error-text">Password is incorrect</div></template>
       <noscript>Your browser is not supported</noscript>
       <form><input id="fm-login-id"></form>`,
      LOGIN_URL,
    );
    expect(h.kinds()).toEqual([]);
  });

  it('ignores hidden error containers until they are shown', async () => {
    const h = start(
      `<div id="err" class="nfm-login-input-error-text" style="display: none">Your account has been locked</div>`,
      LOGIN_URL,
    );
    expect(h.kinds()).toEqual([]);
    document.getElementById('err')!.removeAttribute('style');
    expect(await h.settle()).toEqual(['locked']);
  });
});

describe('every real banner', () => {
  it('finds a banner present at load in a message container of an ordinary page', () => {
    const h = start(`<main><div role="alert">Your account is temporarily unavailable.</div></main>`, PRODUCT_URL);
    expect(h.kinds()).toEqual(['locked']);
  });

  it('finds a banner in a plain div on a login page', () => {
    const h = start(`<div class="x-3pcZm"><div>Account or password is incorrect</div></div>`, LOGIN_URL);
    expect(h.kinds()).toEqual(['wrong-credentials']);
  });

  it('reads text split across inline elements as one message', () => {
    const h = start(`<div class="error-tip">Your account <b>has been</b> <span>temporarily <i>locked</i></span></div>`, PRODUCT_URL);
    expect(h.kinds()).toEqual(['locked']);
  });

  it('finds a banner inserted later', async () => {
    const h = start(`<form id="f"></form>`, LOGIN_URL);
    const div = document.createElement('div');
    div.className = 'toast';
    div.textContent = 'Too many attempts, please try again later';
    document.getElementById('f')!.append(div);
    expect(await h.settle()).toEqual(['too-many-attempts']);
  });

  it('finds a banner when an existing empty element is filled with text', async () => {
    const h = start(`<div id="e" class="nfm-login-input-error-text"></div>`, LOGIN_URL);
    expect(h.kinds()).toEqual([]);
    document.getElementById('e')!.textContent = 'The verification code is incorrect';
    expect(await h.settle()).toEqual(['sms-code']);
  });

  it('follows a text node edited in place', async () => {
    const h = start(`<div class="nfm-login-input-error-text"><span id="s">Loading…</span></div>`, LOGIN_URL);
    (document.getElementById('s')!.firstChild as Text).data = 'Your browser is not supported';
    expect(await h.settle()).toEqual(['browser-unsupported']);
  });

  it('recognises captcha widgets by structure, whatever their text', () => {
    const h = start(
      `<div id="nocaptcha" class="nc-container"><div id="nc_1_wrapper"><span id="nc_1_n1z" class="btn_slide"></span></div></div>`,
      PRODUCT_URL,
    );
    expect(h.kinds()).toEqual(['captcha']);
    expect(h.tracker.banners.get('captcha')!.anchor.id).toBe('nocaptcha');
  });

  it('treats a punish page as a captcha banner even before its widget loads', () => {
    const h = start(`<div id="app"></div>`, 'https://www.aliexpress.com/_____tmd_____/punish?x5secdata=x&action=captcharecaptcha');
    expect(h.tracker.banners.get('captcha')?.wholePage).toBe(true);
  });
});

describe('lifecycle', () => {
  it('drops the banner when it is removed, hidden or reworded', async () => {
    const h = start(`<div id="e" class="error-msg">Your account has been suspended</div>`, PRODUCT_URL);
    expect(h.kinds()).toEqual(['locked']);
    const el = document.getElementById('e')!;
    el.hidden = true;
    expect(await h.settle()).toEqual([]);
    el.hidden = false;
    expect(await h.settle()).toEqual(['locked']);
    el.textContent = 'Saved';
    expect(await h.settle()).toEqual([]);
    el.textContent = 'Your account has been suspended';
    expect(await h.settle()).toEqual(['locked']);
    el.remove();
    expect(await h.settle()).toEqual([]);
  });

  it('reports one banner per kind and renders only on change', async () => {
    const h = start(
      `<div role="dialog"><h2 class="t">Account locked</h2><p>Your account is temporarily unavailable.</p></div>`,
      PRODUCT_URL,
    );
    expect(h.kinds()).toEqual(['locked']);
    expect(h.renders).toHaveLength(1);
    document.body.append(document.createElement('div'));
    await h.settle();
    expect(h.renders).toHaveLength(1);
  });

  it('never lets a container stand in for the message it holds', async () => {
    const h = start(
      `<div class="fm-login"><form><div class="fm-field"><input>
         <div id="e" class="nfm-login-input-error-text">Your account name or password is incorrect.</div>
       </div></form><a href="#">Forgot password?</a></div>`,
      LOGIN_URL,
    );
    expect([...h.tracker.banners.values()].map((b) => b.anchor.id)).toEqual(['e']);
    document.getElementById('e')!.remove();
    expect(await h.settle()).toEqual([]);
  });

  it('reads a line break as a space', () => {
    const h = start(`<div class="error">Your account has been<br>locked</div>`, PRODUCT_URL);
    expect(h.kinds()).toEqual(['locked']);
  });

  it('ignores its own panels being inserted', async () => {
    const h = start(`<div class="error">Your account has been locked</div>`, PRODUCT_URL);
    const host = document.createElement(PANEL_TAG);
    host.textContent = 'Your account is restricted';
    document.querySelector('.error')!.after(host);
    expect(await h.settle()).toEqual(['locked']);
    expect(h.renders).toHaveLength(1);
  });

  it('re-reads the document after an in-page navigation to a login page', () => {
    const h = start(`<div class="x"><p>Account or password is incorrect</p></div>`, PRODUCT_URL);
    expect(h.kinds()).toEqual([]);
    h.tracker.scanDocument(LOGIN_URL);
    expect(h.kinds()).toEqual(['wrong-credentials']);
  });
});
