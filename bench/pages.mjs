/**
 * Pages the benchmark generates: an AliExpress-like search page and product page, each with
 * well over 5,000 elements, and the in-page scripts that drive them (a mutation storm and
 * banner insertions). Everything is deterministic: the same page and the same storm on
 * every run.
 */

const WORDS = ['Smart', 'Lock', 'Phone', 'Case', 'Frozen', 'Verify', 'Account', 'Anti-Theft', 'Wireless',
  'Magnetic', 'Keyless', 'Password', 'Card', 'Holder', 'Restricted', 'Suspended', 'LED', 'Lamp'];

function title(i) {
  let t = '';
  for (let k = 0; k < 8; k++) t += WORDS[(i * 7 + k * 3) % WORDS.length] + ' ';
  return t.trim();
}

function card(i) {
  return `<div class="multi--container--1UZxxHY" data-i="${i}">
  <a class="multi--outWrapper--SeJ8lrF" href="/item/100500${1000000 + i}.html">
    <div class="multi--image--2bIiWPB"><img alt="" width="220" height="220"></div>
    <div class="multi--content--11nFIBL">
      <h3 class="multi--titleText--nXeOvyr">${title(i)}</h3>
      <div class="multi--price--1okBCly"><span class="multi--price-sale--U-S0jtj"><span>US $</span><span class="p">${(i % 90) + 1}.99</span></span></div>
      <div class="multi--evaluation--3SfqVcF"><span>4.${i % 10}</span><span>${i * 13 % 5000}+ sold</span></div>
      <div class="multi--serviceContainer--3vRdzWN"><span class="tag">Choice</span><span class="tag">Free shipping</span></div>
    </div>
  </a>
</div>`;
}

const STYLE = `<style>
body { margin: 0; font-family: Arial, sans-serif; }
.list { display: grid; grid-template-columns: repeat(5, 1fr); gap: 8px; max-width: 1200px; margin: 0 auto; }
.multi--container--1UZxxHY { border: 1px solid #eee; padding: 6px; font-size: 12px; }
.carousel { position: relative; height: 120px; overflow: hidden; max-width: 1200px; margin: 8px auto; }
.slide { position: absolute; inset: 0; transition: none; }
.error-banner { color: #c00; padding: 8px; border: 1px solid #fcc; margin: 8px auto; max-width: 600px; }
</style>`;

function carousel() {
  let slides = '';
  for (let i = 0; i < 8; i++) slides += `<div class="slide" style="transform: translateX(${i * 100}%)"><span>Deal ${i}</span></div>`;
  return `<div class="carousel" id="carousel">${slides}</div>`;
}

/** A search results page: header, carousel, 500 cards of about 16 elements each. */
export function searchPage() {
  let cards = '';
  for (let i = 0; i < 500; i++) cards += card(i);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>phone case - AliExpress</title>${STYLE}</head>
<body><header><a class="my-account-login" href="#">Sign in</a><input aria-label="Search" value="phone case"></header>
${carousel()}<div id="banners"></div><div class="list" id="list">${cards}</div>${DRIVER}</body></html>`;
}

/** A product page: gallery, specifications, 300 reviews and 200 recommendations. */
export function productPage() {
  let specs = '';
  for (let i = 0; i < 200; i++) specs += `<li><span class="k">Spec ${i}</span><span class="v">${title(i)}</span></li>`;
  let reviews = '';
  for (let i = 0; i < 300; i++) {
    reviews += `<div class="list--itemBox--je_KNzb"><div class="list--itemInfo--VEcgSFh"><span>Buyer ${i}</span><span>2026-0${(i % 9) + 1}-1${i % 10}</span></div>
<div class="list--itemReview--d9Z9Z5Z">My account was locked once but this ${title(i)} is great, lock works, frozen-proof.</div>
<div class="list--itemThumbnails--TtUDHhl"><img alt="" width="60" height="60"><img alt="" width="60" height="60"></div></div>`;
  }
  let recs = '';
  for (let i = 0; i < 200; i++) recs += card(1000 + i);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Smart Lock - AliExpress</title>${STYLE}</head>
<body><h1 data-pl="product-title">Smart Door Lock Fingerprint Password Keyless Entry</h1>${carousel()}<div id="banners"></div>
<ul class="specification--list--GZuXzRX">${specs}</ul><div class="reviews" id="list">${reviews}</div><div class="list">${recs}</div>${DRIVER}</body></html>`;
}

/**
 * A login page whose form holds an empty error line (the site fills it in when a sign-in
 * fails), with a hidden list of 1,200 product cards in the same document (a page that keeps
 * its shop behind the login overlay). Every text edit of a login page is observed, so the
 * cards' storm costs there.
 */
export function loginPage() {
  let cards = '';
  for (let i = 0; i < 1200; i++) cards += card(i);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in - AliExpress</title>${STYLE}
<style>.nfm-login-input-error-text { color: #e02020; font-size: 12px; min-height: 16px; }</style></head>
<body><form class="fm-login" style="max-width: 360px; margin: 40px auto"><input aria-label="Email" name="fm-login-id"><input aria-label="Password" type="password" name="fm-login-password">
<div class="nfm-login-input-error-text" id="error-line"></div><button type="button">Sign in</button></form>
<div id="banners"></div><div class="list" id="list" style="display: none">${cards}</div>${DRIVER}</body></html>`;
}

/** An item page with 1,200 visible cards; its lock message arrives as a role="dialog" modal. */
export function itemPage() {
  let cards = '';
  for (let i = 0; i < 1200; i++) cards += card(i);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Smart Lock - AliExpress</title>${STYLE}
<style>.mask { position: fixed; inset: 0; background: rgba(0, 0, 0, .4); } .dlg { position: fixed; top: 20%; left: 50%; width: 400px; margin-left: -200px; background: #fff; padding: 16px; }</style></head>
<body><h1 data-pl="product-title">Smart Door Lock Fingerprint Password Keyless Entry</h1>${carousel()}<div id="banners"></div>
<div class="list" id="list">${cards}</div>${DRIVER}</body></html>`;
}

/**
 * The in-page driver. `__bench.storm(ms, perTick)` mutates the page every 10 ms: appends a
 * card, edits prices and text nodes, rotates the carousel. `__bench.insertBanner()` shows a
 * lock message and resolves with the time until the extension's panel is in the DOM.
 */
const DRIVER = `<script>
(function () {
  var CARD = ${JSON.stringify(card(0).replace(/\n\s*/g, '')).replace(/</g, '\\u003c')};
  var list = document.getElementById('list');
  var carouselEl = document.getElementById('carousel');
  var banners = document.getElementById('banners');
  var prices = document.getElementsByClassName('p');
  var n = 0, mutations = 0;
  function tick(perTick) {
    for (var k = 0; k < perTick; k++) {
      var i = n++;
      switch (i % 5) {
        case 0: {
          var c = document.createElement('div');
          c.className = 'multi--container--1UZxxHY';
          var h = document.createElement('h3');
          h.className = 'multi--titleText--nXeOvyr';
          h.textContent = 'Appended ' + i + ' Smart Lock Case';
          c.appendChild(h);
          list.appendChild(c);
          if (list.children.length > 700) list.removeChild(list.firstElementChild);
          break;
        }
        case 1: { var p = prices[i % prices.length]; if (p) p.firstChild.data = ((i % 90) + 1) + '.' + (i % 100); break; }
        case 2: { var s = carouselEl.children[i % carouselEl.children.length]; s.style.transform = 'translateX(' + ((i % 8) * 100 - 100) + '%)'; break; }
        case 3: { var s2 = carouselEl.children[(i + 3) % carouselEl.children.length]; s2.classList.toggle('active'); break; }
        default: { var t = prices[(i * 7) % prices.length]; if (t) t.parentNode.firstChild.firstChild.data = i % 2 ? 'US $' : 'US$ '; }
      }
      mutations++;
    }
  }
  // The issue's storm (issue 22): every 16 ms, 12 price and text edits and 4 card
  // replacements (a virtualised list re-rendering its rows).
  var cardTemplate = document.createElement('template');
  cardTemplate.innerHTML = CARD;
  var titles = document.getElementsByClassName('multi--titleText--nXeOvyr');
  function frameTick() {
    for (var k = 0; k < 12; k++) {
      var i = n++;
      if (k % 2 === 0) { var p = prices[(i * 7) % prices.length]; if (p) p.firstChild.data = ((i % 90) + 1) + '.' + (i % 100); }
      else { var t = titles[(i * 13) % titles.length]; if (t) t.firstChild.data = 'Smart Lock Case ' + i; }
    }
    var cards = list.children;
    for (var r = 0; r < 4; r++) {
      var old = cards[(n * 31 + r * 97) % cards.length];
      var fresh = cardTemplate.content.firstElementChild.cloneNode(true);
      fresh.querySelector('.p').firstChild.data = ((n + r) % 90) + '.99';
      if (old) old.replaceWith(fresh);
    }
    mutations += 16;
  }
  var panelSeen = null;
  new MutationObserver(function (records) {
    if (!panelSeen) return;
    for (var r = 0; r < records.length; r++) {
      var added = records[r].addedNodes;
      for (var a = 0; a < added.length; a++) {
        if (added[a].nodeName === 'ALI-LOCK-GUIDE') { var done = panelSeen; panelSeen = null; done(performance.now(), added[a]); return; }
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  window.__bench = {
    storm: function (ms, perTick) {
      return new Promise(function (resolve) {
        var start = performance.now(), before = mutations;
        var id = setInterval(function () {
          tick(perTick);
          if (performance.now() - start >= ms) { clearInterval(id); resolve({ mutations: mutations - before, ms: performance.now() - start }); }
        }, 10);
      });
    },
    frameStorm: function (ms) {
      return new Promise(function (resolve) {
        var start = performance.now(), before = mutations;
        var id = setInterval(function () {
          frameTick();
          if (performance.now() - start >= ms) { clearInterval(id); resolve({ mutations: mutations - before, ms: performance.now() - start }); }
        }, 16);
      });
    },
    insertBanner: function (visibleLater, how) {
      return new Promise(function (resolve, reject) {
        var text = 'Your account has been temporarily locked.';
        var div = document.createElement('div');
        div.className = 'error-banner';
        div.setAttribute('role', 'alert');
        div.textContent = text;
        if (how === 'modal') {
          // A design-system modal: mask, dialog, body; the message is a paragraph in it.
          div = document.createElement('div');
          div.innerHTML = '<div class="mask"></div><div class="dlg" role="dialog" aria-modal="true"><div class="dlg-body"><p></p></div><button>OK</button></div>';
          div.querySelector('p').textContent = text;
        }
        if (visibleLater) div.style.display = 'none';
        var t0;
        var timer = setTimeout(function () {
          if (panelSeen === seen) { panelSeen = null; reject(new Error('no panel within 2 s')); }
        }, 2000);
        // The panel is in the page; its full content may follow (the first state is its head
        // alone, while the panel UI loads): that moment is noted too, from its open root.
        var seen = function (t1, host) {
          clearTimeout(timer);
          var full = function () { return !!(host.shadowRoot && host.shadowRoot.querySelector('[data-now]')); };
          if (full()) return resolve({ ms: t1 - t0, fullMs: t1 - t0 });
          var watch = new MutationObserver(function () {
            if (!full()) return;
            watch.disconnect();
            resolve({ ms: t1 - t0, fullMs: performance.now() - t0 });
          });
          watch.observe(host.shadowRoot, { childList: true, subtree: true });
        };
        panelSeen = seen;
        if (visibleLater) {
          // Present but hidden first, as the site's error containers are; shown a moment later.
          banners.appendChild(div);
          setTimeout(function () { t0 = performance.now(); div.style.display = ''; }, 30);
        } else if (how === 'error-line') {
          // The login form's own (empty) error line gets its text.
          t0 = performance.now();
          document.getElementById('error-line').textContent = text;
        } else { t0 = performance.now(); banners.appendChild(div); }
      });
    },
    clearBanners: function () {
      banners.textContent = '';
      var line = document.getElementById('error-line');
      if (line) line.textContent = '';
      return new Promise(function (resolve) { setTimeout(resolve, 20); });
    },
    elementCount: function () { return document.getElementsByTagName('*').length; },
  };
})();
</script>`;
