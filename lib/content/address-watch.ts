import type { ScriptContext } from './context';

/** How often the address is compared where the Navigation API is missing (Firefox ESR). */
export const ADDRESS_CHECK_MS = 1_000;

/**
 * How long a change waits before it is checked, with every change made meanwhile: an
 * address of another kind of page means reading the whole document again, and a page that
 * flipped its address between a login and an item page every frame had us read it every
 * frame (300 reads in 5 s; now 25). The last change is always checked.
 */
export const ADDRESS_SETTLE_MS = 200;

/**
 * Calls `check` after the page's address may have changed by an in-page (single-page)
 * navigation; `check` compares the address itself (PageWatcher.locationChanged), so a call
 * without a change costs a string compare. Chrome tells us through the Navigation API, on
 * the content script's own view of `navigation`: nothing a page script dispatches reaches
 * it. Firefox ESR has no Navigation API, so the address is compared once a second (as
 * WXT's own watcher did). Stops when the extension goes away.
 */
export function watchAddress(ctx: ScriptContext, check: () => void): void {
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    // Checked a moment after the page's task, once however many times it changed the address
    // meanwhile: the event fires inside the page's own `pushState`, and a single-page app
    // renders the new route after that call, not before. (Until then the document is
    // watched as the previous kind of page, and read whole at the check.)
    // (A stopped watcher ignores a check that was already queued.)
    let queued = false;
    const later = () => {
      queued = false;
      check();
    };
    navigation.addEventListener('currententrychange', () => void (queued || ((queued = true), setTimeout(later, ADDRESS_SETTLE_MS))), { signal: ctx.signal });
  } else {
    const timer = setInterval(check, ADDRESS_CHECK_MS);
    ctx.onInvalidated(() => clearInterval(timer));
  }
}
