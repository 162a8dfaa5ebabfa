import { isOwnHost } from '../content/host-tags';
import { captchaFactsOf, captchaVariantOf, type CaptchaVariant } from './captcha';
import { classifyText, classifyUrl, isAuthPage, MAX_BANNER_TEXT } from './classify';
import type { Kind } from './kinds';
import { INLINE_TAGS, ownText } from './own-text';
import { APPEAL_LINK, BANNER_CONTAINER, CAPTCHA, CHECKOUT_PAGE, MODAL, SKIPPED_TAGS } from './rules/banner-rules';

/** A banner the page shows now, and where its panel belongs. */
export interface Banner {
  kind: Kind;
  /** The element the banner is; the panel is placed next to it. */
  anchor: Element;
  /** The whole page is the banner (anti-bot punish page): the panel is a fixed card. */
  wholePage: boolean;
  /** Which anti-bot interception a `captcha` banner is (set for every one, and only for them). */
  captchaVariant?: CaptchaVariant;
  /**
   * The line inside an interception whose words matched a rule: what the panel quotes
   * (the anchor is the whole widget, with its header, feedback line and buttons). Set
   * only for such widgets; a text banner's anchor is its matched line already.
   */
  message?: Element;
}

/**
 * What the tracker tells its host: what to render. What to
 * observe is the page watcher's business (page-watcher.ts), read from `watchesAllText`,
 * `takeNewContainers()` and `trackedAnchors()`.
 */
export interface TrackerHost {
  /** Whether an element is rendered and visible. Reads layout: called only for matches. */
  isShown(el: Element): boolean;
  /** The banners that should have a panel now, at most one per kind. */
  render(banners: ReadonlyMap<Kind, Banner>): void;
}

interface Tracked {
  kind: Kind;
  anchor: Element;
  shown: boolean;
}

function onlyOwnHosts(nodes: NodeList): boolean {
  for (const node of nodes) if (node.nodeType !== 1 || !isOwnHost(node as Element)) return false;
  return true;
}

/**
 * Lines read and classified per batch at most; the rest wait for the next turn of the event
 * loop (never dropped: every line is read, a banner is found after a few turns). A page that
 * changes thousands of matching lines each frame otherwise pays for all of them each frame.
 */
export const LINES_PER_BATCH = 200;

/**
 * Whether `work` is counted: in the unit tests, which read it, not in the built content
 * script, where nothing does (modules/content-script-options.ts sets the flag there; ~45
 * bytes of the every-page budget).
 */
const COUNTS_WORK = import.meta.env.DETECTOR_WORK_UNREAD !== true;

/**
 * Classifies one document's banners. It is fed the page's mutation records (by the page
 * watcher, page-watcher.ts) and looks only at what changed; the whole document is read
 * once, at start and after an in-page navigation.
 */
export class BannerTracker {
  readonly #host: TrackerHost;
  readonly #doc: Document;
  #authPage = false;
  #checkout = false;
  #pageKind: Kind | null = null;
  #pageVariant: CaptchaVariant | undefined;
  /**
   * The variant of each tracked interception, by its outermost element: any changed line
   * inside it reads it again, and every entry sharing that element sees the latest reading.
   */
  #variants = new WeakMap<Element, CaptchaVariant>();
  /** The message line of each tracked interception, by its outermost element. */
  #messages = new WeakMap<Element, Element>();
  #url = '';
  readonly #tracked = new Map<Element, Tracked>();
  #lastRendered = new Map<Kind, Banner>();
  #newContainers: Element[] = [];
  /** Changed lines not read yet (over LINES_PER_BATCH): read first by the next call. */
  #pending = new Set<Element>();
  /**
   * Roots of the parts of the page that are not rendered (`display: none`) and held changed
   * lines. Nothing in them is read while they stay so: a login page that keeps its shop behind
   * the form (a hidden list re-rendering its cards) otherwise has every edit classified.
   * Their class, style and hidden attributes are watched like a banner's (`trackedAnchors`):
   * a root that is rendered again is read whole.
   */
  #unrendered = new Set<Element>();
  /** Nodes and elements examined by the last call: the work it did. */
  work = 0;

  constructor(host: TrackerHost, doc: Document) {
    this.#host = host;
    this.#doc = doc;
  }

  /** Reads the whole document: at start, and when the page's address changes. */
  scanDocument(url: string): void {
    if (COUNTS_WORK) this.work = 0;
    this.#authPage = isAuthPage(url);
    this.#checkout = CHECKOUT_PAGE.test(url);
    this.#newContainers = [];
    this.#url = url;
    this.#pageKind = classifyUrl(url);
    // A punish page is a banner before its markup loads; its address and what it holds
    // already tell the variant (read once here; its widgets are tracked like any banner).
    this.#pageVariant = this.#pageKind === 'captcha' && this.#doc.body ? captchaVariantOf(captchaFactsOf(this.#doc.body, url)) : undefined;
    this.#tracked.clear();
    // Lines that waited are read again with the whole document.
    this.#pending.clear();
    this.#unrendered.clear();
    this.#variants = new WeakMap();
    this.#messages = new WeakMap();
    if (this.#doc.body) this.#collectFromSubtree(this.#doc.body, this.#pending);
    // The first reading is whole: what the page shows at load is answered at once.
    this.#evaluate(Infinity);
    this.#flush();
  }

  /**
   * Handles one batch of mutation records (none: reads lines that waited). True when changed
   * lines still wait (over LINES_PER_BATCH): the host calls again later.
   */
  processMutations(records: readonly MutationRecord[]): boolean {
    if (COUNTS_WORK) this.work = 0;
    this.#newContainers = [];
    // Changed lines join those that waited (in the order they changed).
    const dirty = this.#pending;
    const attributeTargets: Element[] = [];
    let removals = false;
    for (const record of records) {
      if (COUNTS_WORK) this.work++;
      const target = record.target;
      if (record.type === 'attributes') {
        const el = target as Element;
        if (isOwnHost(el)) continue;
        attributeTargets.push(el);
        // A widget can become a captcha by a class change (the slider is built in place).
        if (el.matches(CAPTCHA)) this.#collectStructural(el, dirty);
      } else if (this.#inUnrendered(target)) {
        // Text edited or nodes added or taken out inside a part that is not rendered: nothing
        // to read until it is shown (then it is read whole). One `contains` per record.
      } else if (record.type === 'characterData') {
        this.#collectFromText(target as Text, dirty);
      } else {
        for (const node of record.addedNodes) this.#collectFromAdded(node, dirty);
        if (record.removedNodes.length > 0 && !onlyOwnHosts(record.removedNodes)) {
          removals = true;
          // Text taken out of a banner can change what it says: text and inline elements are
          // part of a block's own text (own-text.ts), a block (a card taken out of a list) is
          // not. Reading a list's own text walks all its children: on a login page whose list
          // of 1,200 cards re-renders its rows, it was most of the detector's time.
          // (A text node's name is "#text", an element's its tag name.)
          if (target.nodeType === 1 && !isOwnHost(target as Element) && [...record.removedNodes].some((n) => n.nodeType === 3 || INLINE_TAGS.has(n.nodeName))) {
            const block = this.#blockOf(target as Element);
            if (block && this.#passesContext(block)) dirty.add(block);
          }
        }
      }
    }
    if (attributeTargets.length > 0 || removals) {
      for (const [key, entry] of this.#tracked) {
        if (COUNTS_WORK) this.work++;
        if (!entry.anchor.isConnected || !key.isConnected) {
          this.#tracked.delete(key);
          continue;
        }
        // Shown or hidden through an ancestor's class, style or hidden attribute.
        if (attributeTargets.some((t) => t.contains(entry.anchor))) dirty.add(key);
      }
      // A part of the page rendered again is read whole; one taken out is forgotten.
      for (const root of this.#unrendered) {
        if (!root.isConnected || root.checkVisibility()) {
          this.#unrendered.delete(root);
          if (root.isConnected) this.#collectFromSubtree(root, dirty);
        }
      }
    }
    this.#evaluate();
    this.#flush();
    return this.#pending.size > 0;
  }

  /** The banners currently tracked and shown, for tests and the popup. */
  get banners(): ReadonlyMap<Kind, Banner> {
    return this.#lastRendered;
  }

  /**
   * On login, recovery and anti-bot pages any text edit can make a banner; elsewhere only
   * edits inside message containers can.
   */
  get watchesAllText(): boolean {
    return this.#authPage;
  }

  /**
   * Message containers that the last call found on an ordinary page: the only places there
   * whose text edits can make a banner. Each is handed out once.
   */
  takeNewContainers(): Element[] {
    const containers = this.#newContainers;
    this.#newContainers = [];
    return containers;
  }

  /**
   * The elements whose showing or hiding matters now: every tracked banner, shown or not.
   * Attribute changes need watching only on them and their ancestors.
   */
  trackedAnchors(): Element[] {
    // (Lines of one interception share their anchor: observing an element twice is once.)
    return [...this.#tracked.values()].map((t) => t.anchor).concat([...this.#unrendered]);
  }

  #collectFromAdded(node: Node, dirty: Set<Element>): void {
    if (node.nodeType === 3) {
      this.#collectFromText(node as Text, dirty);
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (isOwnHost(el) || SKIPPED_TAGS.has(el.tagName)) return;
      this.#collectFromSubtree(el, dirty);
    }
  }

  #collectFromText(text: Text, dirty: Set<Element>): void {
    if (COUNTS_WORK) this.work++;
    const parent = text.parentElement;
    if (!parent || SKIPPED_TAGS.has(parent.tagName) || isOwnHost(parent)) return;
    const block = this.#blockOf(parent);
    if (block && this.#passesContext(block)) dirty.add(block);
  }

  /** Every banner candidate in a subtree that the page added (or the document at start). */
  #collectFromSubtree(root: Element, dirty: Set<Element>): void {
    if (COUNTS_WORK) this.work++;
    if (root.matches(CAPTCHA)) this.#collectStructural(root, dirty);
    for (const el of root.querySelectorAll(CAPTCHA)) this.#collectStructural(el, dirty);

    const container = this.#authPage ? null : root.closest(BANNER_CONTAINER);
    if (this.#authPage || container) {
      // Added into (or as) a message container: later edits of its text count too.
      if (container) this.#newContainers.push(container);
      this.#collectTextBlocks(root, dirty);
      return;
    }
    // Elsewhere only message containers can hold a banner: skip product cards, reviews and
    // search results without reading their text. Nested containers are read once.
    let last: Element | null = null;
    for (const container of root.querySelectorAll(BANNER_CONTAINER)) {
      if (COUNTS_WORK) this.work++;
      if (last && last.contains(container)) continue;
      last = container;
      this.#newContainers.push(container);
      this.#collectTextBlocks(container, dirty);
    }
  }

  #collectTextBlocks(root: Element, dirty: Set<Element>): void {
    const walker = this.#doc.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, {
      acceptNode: (node) =>
        node.nodeType === 1 && (SKIPPED_TAGS.has((node as Element).tagName) || isOwnHost(node as Element))
          ? 2 /* FILTER_REJECT: skip the subtree */
          : 1,
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (COUNTS_WORK) this.work++;
      if (node.nodeType !== 3 || !(node as Text).data.trim()) continue;
      const block = this.#blockOf((node as Text).parentElement!);
      if (block) dirty.add(block);
    }
  }

  #collectStructural(el: Element, dirty: Set<Element>): void {
    dirty.add(this.#outermostCaptcha(el));
  }

  /** The nearest ancestor-or-self that is not inline, or a message container itself. */
  #blockOf(start: Element): Element | null {
    let el: Element | null = start;
    while (el && INLINE_TAGS.has(el.tagName) && !el.matches(BANNER_CONTAINER)) {
      el = el.parentElement;
    }
    if (!el || el === this.#doc.body || el === this.#doc.documentElement) return null;
    return el;
  }

  /** The block's own text (own-text.ts): nested message containers are banners of their own. */
  #ownText(block: Element): string {
    return ownText(block, (inline) => !inline.matches(BANNER_CONTAINER), MAX_BANNER_TEXT * 2, COUNTS_WORK ? () => this.work++ : undefined);
  }

  /** Whether a node is in a part of the page that is not rendered. (No array: called per record.) */
  #inUnrendered(node: Node): boolean {
    for (const root of this.#unrendered) if (root.contains(node)) return true;
    return false;
  }

  #passesContext(block: Element): boolean {
    return this.#authPage || block.closest(BANNER_CONTAINER) !== null;
  }

  #outermostCaptcha(el: Element): Element {
    let top = el;
    for (let up = el.parentElement?.closest(CAPTCHA); up; up = up.parentElement?.closest(CAPTCHA)) top = up;
    return top;
  }

  /** Reads the changed lines, the first `cap` of them; the rest wait for the next call. */
  #evaluate(cap = LINES_PER_BATCH): void {
    // Several changed lines of one interception are one reading of it.
    const read = new Set<Element>();
    for (const el of this.#pending) {
      if (!cap--) break;
      this.#pending.delete(el);
      if (COUNTS_WORK) this.work++;
      if (!el.isConnected) {
        this.#tracked.delete(el);
        continue;
      }
      // Not rendered (`display: none` on it or above): read when that part is shown. (A style
      // read, no layout; the first in a batch brings the page's styles up to date, the rest
      // reuse them.)
      if (this.#inUnrendered(el) || !el.checkVisibility()) {
        this.#tracked.delete(el);
        let root = el;
        while (root.parentElement && !root.parentElement.checkVisibility()) root = root.parentElement;
        this.#unrendered.add(root);
        continue;
      }
      const captcha = el.closest(CAPTCHA);
      // Words first; on the checkout, a hold's shape in whatever language (banner-rules.ts).
      const kind: Kind | null = captcha
        ? 'captcha'
        : classifyText(this.#ownText(el)) ?? (this.#checkout && el.closest(MODAL) && el.querySelector(APPEAL_LINK) ? 'verification' : null);
      if (!kind) {
        this.#tracked.delete(el);
        continue;
      }
      const anchor = captcha ? this.#outermostCaptcha(captcha) : el;
      if (captcha && el !== anchor) this.#readMessageLine(anchor, el);
      if (kind === 'captcha' && !read.has(anchor)) {
        read.add(anchor);
        this.#variants.set(anchor, captchaVariantOf(captchaFactsOf(anchor, this.#url)));
      }
      this.#tracked.set(el, { kind, anchor, shown: this.#host.isShown(anchor) });
    }
  }

  /**
   * A changed line of an interception: the latest one whose words match a rule is its
   * message (a failure written after the instruction is what the user reads now); one that
   * stopped matching is no longer.
   */
  #readMessageLine(anchor: Element, line: Element): void {
    if (classifyText(this.#ownText(line))) this.#messages.set(anchor, line);
    else if (this.#messages.get(anchor) === line) this.#messages.delete(anchor);
  }

  #flush(): void {
    const next = new Map<Kind, Banner>();
    for (const entry of this.#tracked.values()) {
      if (entry.shown && !next.has(entry.kind)) {
        const banner: Banner = { kind: entry.kind, anchor: entry.anchor, wholePage: false };
        const message = entry.kind === 'captcha' ? this.#messages.get(entry.anchor) : undefined;
        if (message?.isConnected) banner.message = message;
        next.set(entry.kind, withVariant(banner, entry.kind === 'captcha' ? this.#variants.get(entry.anchor) : undefined));
      }
    }
    if (this.#pageKind && !next.has(this.#pageKind) && this.#doc.body) {
      next.set(this.#pageKind, withVariant({ kind: this.#pageKind, anchor: this.#doc.body, wholePage: true }, this.#pageVariant));
    }
    if (sameBanners(next, this.#lastRendered)) return;
    this.#lastRendered = next;
    this.#host.render(next);
  }
}

function withVariant(banner: Banner, variant: CaptchaVariant | undefined): Banner {
  if (variant) banner.captchaVariant = variant;
  return banner;
}

function sameBanners(a: ReadonlyMap<Kind, Banner>, b: ReadonlyMap<Kind, Banner>): boolean {
  if (a.size !== b.size) return false;
  for (const [kind, banner] of a) {
    const other = b.get(kind);
    if (other?.anchor !== banner.anchor || other.captchaVariant !== banner.captchaVariant || other.message !== banner.message) return false;
  }
  return true;
}
