import type { Kind } from './kinds';
import { BannerTracker, type Banner } from './tracker';
import { classifyUrl, isAuthPage } from './classify';

/** Attributes through which the site shows and hides its messages. */
export const WATCHED_ATTRIBUTES: readonly string[] = ['class', 'style', 'hidden', 'open', 'aria-hidden'];

export interface PageWatcherHost {
  /** Whether an element is rendered and visible. Reads layout: called only for matches. */
  isShown(el: Element): boolean;
  /** The banners that should have a panel now, at most one per kind. */
  render(banners: ReadonlyMap<Kind, Banner>): void;
  /**
   * Read before each batch of changes is handled; false stops the watcher for good (the
   * extension was reloaded or updated: this copy must go quiet). A property read, no timer.
   */
  stillValid(): boolean;
}

/**
 * The one owner of the page's observers. The tracker classifies what changed; this module
 * decides what is observed, from what the tracker found:
 * - structure: the whole document, always;
 * - text edits: the whole document on login, recovery and anti-bot pages, elsewhere only
 *   inside the message containers found so far (no other text can be a banner there);
 * - attributes (shown, hidden): only the tracked banners and their ancestors.
 * Observing every class, style and price change of a busy page costs the page itself, so
 * nothing is observed that cannot matter. Each batch is handled in one pass over its records.
 */
export class PageWatcher {
  readonly #doc: Document;
  readonly #tracker: BannerTracker;
  readonly #structure: MutationObserver;
  readonly #text: MutationObserver;
  readonly #visibility: MutationObserver;
  #watchedAnchors: readonly Element[] = [];
  #url: string | null = null;
  #stopped = false;

  constructor(doc: Document, host: PageWatcherHost) {
    this.#doc = doc;
    this.#tracker = new BannerTracker(host, doc);
    /** A timer reads lines left over from a capped batch (tracker.ts); a stopped watcher ignores it. */
    let later = false;
    const handle = (records: MutationRecord[]) => {
      if (this.#stopped) return;
      if (!host.stillValid()) {
        this.stop();
        return;
      }
      const more = this.#tracker.processMutations(records);
      this.#followScope();
      // A batch left lines unread (over the tracker's cap): they are read in the next turn
      // of the event loop, so the page's own frames go first. One timer at a time, and only
      // while lines wait: no polling.
      if (more && !later) {
        later = true;
        setTimeout(() => {
          later = false;
          handle([]);
        });
      }
    };
    this.#structure = new MutationObserver(handle);
    this.#text = new MutationObserver(handle);
    this.#visibility = new MutationObserver(handle);
  }

  /** The banners shown now (for tests and diagnostics). */
  get banners(): ReadonlyMap<Kind, Banner> {
    return this.#tracker.banners;
  }

  /** The address of the last full read, or null before the first. */
  get address(): string | null {
    return this.#url;
  }

  /**
   * A new page: at load, and after an in-page navigation to another address. Reads the
   * whole document once and sets every observer's scope for this page.
   */
  startPage(url: string): void {
    if (this.#stopped) return;
    this.#url = url;
    // Pending records are dropped with the observers: the whole document is read next.
    this.#structure.disconnect();
    this.#text.disconnect();
    this.#visibility.disconnect();
    this.#watchedAnchors = [];
    // (A timer for lines that waited finds none: the full read drops them.)
    this.#tracker.scanDocument(url);
    this.#structure.observe(this.#doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: this.#tracker.watchesAllText,
    });
    this.#followScope();
  }

  /**
   * The page's address may have changed (address-watch.ts). What is read depends on the
   * kind of page (a login or anti-bot address), not on the address itself: only an address
   * of another kind starts a new page. A search page rewriting its query while the user
   * scrolls costs two address checks, not a read of the whole document each time.
   */
  locationChanged(url: string): void {
    if (url === this.#url) return;
    const before = this.#url;
    if (before !== null && isAuthPage(url) === isAuthPage(before) && !classifyUrl(url) && !classifyUrl(before)) this.#url = url;
    else this.startPage(url);
  }

  /** Stops observing for good. */
  stop(): void {
    this.#stopped = true;
    this.#structure.disconnect();
    this.#text.disconnect();
    this.#visibility.disconnect();
  }

  /** Widens the text scope to new containers and moves the attribute scope to the banners. */
  #followScope(): void {
    for (const container of this.#tracker.takeNewContainers()) {
      this.#text.observe(container, { characterData: true, subtree: true });
    }
    const anchors = this.#tracker.trackedAnchors();
    if (anchors.length === this.#watchedAnchors.length && anchors.every((a, i) => a === this.#watchedAnchors[i])) return;
    this.#watchedAnchors = anchors;
    this.#visibility.disconnect();
    for (const anchor of anchors) {
      for (let el: Element | null = anchor; el; el = el.parentElement) {
        this.#visibility.observe(el, { attributes: true, attributeFilter: WATCHED_ATTRIBUTES as string[] });
      }
    }
  }
}
