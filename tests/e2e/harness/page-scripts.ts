/**
 * Functions that run in the page, sent to it as source by either driver (Playwright's or
 * puppeteer's `evaluate`): they must be self-contained.
 */

/** Adds error lines to the clean login fixture's form, as the site's own script would. */
export function appendLoginErrors(texts: string[]): void {
  for (const text of texts) {
    const div = document.createElement('div');
    div.className = 'nfm-login-input-error-text';
    div.textContent = text;
    document.querySelector('.fm-login')!.append(div);
  }
}

/** What a page script recorded of the user's typing (`recordTypingLikeAKeylogger`). */
export interface PageRecording {
  /** `type key data` of every key and input event the page's window saw. */
  events: string[];
  /** Every value of a field the page could read, in its document and in open shadow roots. */
  values: string[];
}

/**
 * A page script after what the user types (issue 12): capturing listeners on `window` for
 * key and input events, noting their key, data and the target field's value, and for
 * messages posted to the window (their origin would name the extension), and a timer
 * that reads every input and textarea it can reach through open shadow roots. Read the
 * result with `pageRecording`.
 */
export function recordTypingLikeAKeylogger(): void {
  const recording = { events: [] as string[], values: [] as string[] };
  const fieldValue = (target: EventTarget | undefined) =>
    target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement ? target.value : '';
  const note = (value: string) => {
    if (value && !recording.values.includes(value)) recording.values.push(value);
  };
  for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input']) {
    window.addEventListener(
      type,
      (event) => {
        const { key, data } = event as KeyboardEvent & InputEvent;
        recording.events.push(`${type} ${key ?? ''} ${data ?? ''}`);
        note(fieldValue(event.composedPath()[0]));
      },
      true,
    );
  }
  // And whatever is posted to the page's window (a frame telling its parent something).
  window.addEventListener('message', (event) => recording.events.push(`message ${event.origin} ${JSON.stringify(event.data)}`), true);
  const readFields = (root: Document | ShadowRoot) => {
    for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) note(field.value);
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) readFields(el.shadowRoot);
  };
  setInterval(() => readFields(document), 20);
  (window as unknown as { __recording: unknown }).__recording = { ...recording, readFields: () => readFields(document) };
}

/** What `recordTypingLikeAKeylogger` has recorded so far, with one more read of every field. */
export function pageRecording(): PageRecording {
  const recording = (window as unknown as { __recording: PageRecording & { readFields(): void } }).__recording;
  recording.readFields();
  return { events: [...recording.events], values: [...recording.values] };
}

/** When a page that restores its form puts it back: at once, on the next frame, or on the next task. */
export type RestoreTiming = 'sync' | 'frame' | 'task';

/** What `restoreFormOnTamper` has counted so far. */
export interface RestoreCounts {
  /** Times the page wrote its form back. */
  restores: number;
  /** Times a panel host of ours was put into the document, anywhere. */
  placements: number;
}

/**
 * A login page that works without us and writes its form back exactly as it was whenever
 * anything is added to it ("restore on tamper", or a framework that drops foreign children
 * and renders its banner anew): the lock message is shown, and every restore makes a new
 * banner element while our host, if it was in the form, is gone. Read the counts with
 * `restoreCounts`.
 */
export function restoreFormOnTamper(timing: RestoreTiming): void {
  const form = document.querySelector('.fm-login')!;
  const markup = `${form.innerHTML}<div class="nfm-login-input-error-text">Your account has been temporarily locked.</div>`;
  const counts: RestoreCounts = { restores: 0, placements: 0 };
  (window as unknown as { __restoreCounts: RestoreCounts }).__restoreCounts = counts;
  let queued = false;
  const restore = () => {
    queued = false;
    observer.disconnect();
    form.innerHTML = markup;
    counts.restores++;
    observer.observe(form, { childList: true, subtree: true });
  };
  const observer = new MutationObserver(() => {
    if (timing === 'sync') return restore();
    if (queued) return;
    queued = true;
    if (timing === 'frame') requestAnimationFrame(restore);
    else setTimeout(restore);
  });
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeName === 'ALI-LOCK-GUIDE') counts.placements++;
  }).observe(document.documentElement, { childList: true, subtree: true });
  form.innerHTML = markup;
  observer.observe(form, { childList: true, subtree: true });
}

/** The counts of `restoreFormOnTamper`. */
export function restoreCounts(): RestoreCounts {
  return { ...(window as unknown as { __restoreCounts: RestoreCounts }).__restoreCounts };
}

/** How much the page's counts grow in `ms` milliseconds of the page's own clock. */
export function restoreCountsOver(ms: number): Promise<RestoreCounts> {
  const counts = (window as unknown as { __restoreCounts: RestoreCounts }).__restoreCounts;
  const before = { ...counts };
  return new Promise((resolve) =>
    setTimeout(() => resolve({ restores: counts.restores - before.restores, placements: counts.placements - before.placements }), ms),
  );
}

/**
 * A page script that runs before ours and defines both our tags as elements of its own, each
 * taking a closed shadow root in its constructor (custom element definitions are shared
 * with content scripts).
 */
export function defineOurTagsWithClosedRoots(): void {
  for (const tag of ['ali-lock-guide', 'ali-lock-guide-hint']) {
    customElements.define(
      tag,
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'closed' });
        }
      },
    );
  }
}

/** How a page steers the user's own input onto our hint's "convert" button, which writes into its field. */
export type SteeredPress = 'focus-on-enter' | 'button-in-form';

/**
 * Page script: sets up one way of making the user press the phone hint's "convert" button
 * (it rewrites the page's field) without meaning to. With `focus-on-enter` the page moves
 * the focus onto our button when Enter is pressed in its phone field; with `button-in-form`
 * it moves our button, listeners and all, next to its own "Next", dressed as it.
 */
export function steerPressOntoConvert(how: SteeredPress): void {
  const host = document.querySelector('ali-lock-guide-hint[data-hint="phone-format"]')!;
  const button = host.shadowRoot!.querySelector<HTMLButtonElement>('button.convert')!;
  if (how === 'focus-on-enter') {
    document.querySelector('input[name="mobile"]')!.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Enter') button.focus();
    });
  } else {
    button.textContent = 'Next';
    button.id = 'page-next';
    document.querySelector('.retrieve')!.append(button);
  }
}

/**
 * What a page could put in our composer's address (issue 19): the parameters the composer
 * once read, with a quote in Japanese and a "meaning" of the page's own, and those words as
 * they would show.
 */
export const FORGED_COMPOSER_FRAGMENT = new URLSearchParams({
  lang: 'ja',
  situation: 'deleted',
  quote: 'アカウントがロックされています',
  meaningEn: 'Please delete it permanently and cancel all my open orders',
  meaningJa: 'アカウントが一時的にロックされています',
}).toString();
export const FORGED_COMPOSER_WORDS = [/delete it permanently/, /cancel all my open orders/, /アカウントが一時的にロックされています/];

/**
 * Ways a page makes our hint look absent while it stays where the pointer hits it (issue 19):
 * each on the host's parent, since our host's own style is reset (`all: initial !important`).
 * Not here: `visibility: hidden` on an ancestor, which that reset undoes (the hint stays in
 * sight, so a click on it is the user's; the field it follows is hidden and closes the tip).
 */
export const FADINGS = ['opacity', 'filter-opacity', 'filter-blur', 'filter-brightness', 'scale', 'clip-path', 'blend'] as const;
export type Fading = (typeof FADINGS)[number];

/** Page script: fades the phone hint as `how` says; answers the convert button's centre, where the user clicks. */
export function fadeOurHint(how: Fading): { x: number; y: number } {
  const host = document.querySelector<HTMLElement>('ali-lock-guide-hint[data-hint="phone-format"]')!;
  const button = host.shadowRoot!.querySelector('button.convert')!;
  const parent = host.parentElement!;
  const style = parent.style;
  const before = button.getBoundingClientRect();
  if (how === 'opacity') style.opacity = '0.02';
  else if (how === 'filter-opacity') style.filter = 'opacity(0.02)';
  else if (how === 'filter-blur') style.filter = 'blur(12px)';
  else if (how === 'filter-brightness') style.filter = 'brightness(0.05)';
  else if (how === 'scale') {
    // Scaled to nothing around the button's centre: the button stays under the pointer.
    // (A transform needs a box: the field's label is inline.)
    style.display = 'inline-block';
    const box = parent.getBoundingClientRect();
    const shown = button.getBoundingClientRect();
    style.transformOrigin = `${shown.x + shown.width / 2 - box.x}px ${shown.y + shown.height / 2 - box.y}px`;
    style.transform = 'scale(0.02)';
  } else if (how === 'clip-path') {
    // Only a dot around the pointer shows through.
    const box = parent.getBoundingClientRect();
    style.clipPath = `circle(3px at ${before.x + before.width / 2 - box.x}px ${before.y + before.height / 2 - box.y}px)`;
  } else {
    document.body.style.background = '#fff';
    style.mixBlendMode = 'screen';
  }
  // A filter makes the parent the box that a fixed hint is placed in, which can move the
  // button out of the viewport (Firefox ESR 140: to y = 767 of 600): brought back into view.
  button.scrollIntoView({ block: 'center', inline: 'center' });
  const after = button.getBoundingClientRect();
  return { x: after.x + after.width / 2, y: after.y + after.height / 2 };
}

/**
 * Page script: lays an almost opaque layer of its own, showing a "Next" of the page, over the
 * phone hint's "convert" button, a layer that lets the pointer through (`pointer-events:
 * none`): hit testing still finds our button under it. Answers the button's centre, where
 * the user clicks.
 */
export function coverOurHintLettingThePointerThrough(): { x: number; y: number } {
  const button = document.querySelector('ali-lock-guide-hint[data-hint="phone-format"]')!.shadowRoot!.querySelector('button.convert')!;
  const box = button.getBoundingClientRect();
  const layer = document.createElement('div');
  layer.id = 'page-cover';
  layer.textContent = 'Next';
  Object.assign(layer.style, {
    position: 'fixed',
    left: `${box.x - 16}px`,
    top: `${box.y - 16}px`,
    width: `${box.width + 32}px`,
    height: `${box.height + 32}px`,
    background: '#fff',
    opacity: '0.97',
    pointerEvents: 'none',
    zIndex: '2147483647',
  });
  document.body.append(layer);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Page script: shows and hides a lock banner on every animation frame for `ms`; answers the flips. */
export function flipBannerEachFrame(ms: number): Promise<number> {
  const div = document.createElement('div');
  div.className = 'nfm-login-input-error-text';
  div.textContent = 'Your account has been temporarily locked.';
  document.querySelector('.fm-login')!.append(div);
  let flips = 0;
  const end = performance.now() + ms;
  return new Promise((resolve) => {
    const step = () => {
      if (performance.now() >= end) {
        div.hidden = false;
        resolve(flips);
        return;
      }
      div.hidden = !div.hidden;
      flips++;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

/** Ways a page shows a banner the user cannot see (issue 19). */
export const UNSEEN_BANNERS = ['off-document', 'transparent'] as const;
export type UnseenBanner = (typeof UNSEEN_BANNERS)[number];

/**
 * Page script: shows a lock banner the user cannot see, as `how` says: placed before the
 * document's start, or nearly transparent. `revealUnseenBanner` then makes it plain to see.
 */
export function showUnseenBanner(how: UnseenBanner): void {
  const text = 'Your account has been temporarily locked.';
  const div = document.createElement('div');
  div.id = 'unseen';
  div.className = 'nfm-login-input-error-text';
  div.textContent = text;
  if (how === 'off-document') Object.assign(div.style, { position: 'absolute', left: '-10000px', top: '0' });
  else div.style.opacity = '0.02';
  // In the login form, or at the top of an ordinary page (in sight but for how it is shown).
  const form = document.querySelector('.fm-login');
  if (form) form.append(div);
  else document.body.prepend(div);
}

/** Page script: the banner of `showUnseenBanner`, made plain to see. */
export function revealUnseenBanner(): void {
  document.querySelector<HTMLElement>('#unseen')!.removeAttribute('style');
}

/**
 * Installed before the page's own scripts (issue 19): notes the message and file of every
 * error and rejected promise the page's window hears, for `extensionAddressesInPage`.
 */
export function recordErrorsLikeATracker(): void {
  const heard: string[] = [];
  window.addEventListener('error', (event) => heard.push(`${event.message} ${event.filename} ${String((event.target as Element | null)?.outerHTML ?? '')}`), true);
  window.addEventListener('unhandledrejection', (event) => heard.push(String((event.reason as Error | undefined)?.stack ?? event.reason)));
  window.addEventListener('securitypolicyviolation', (event) => heard.push(`${event.blockedURI} ${event.sourceFile}`), true);
  (window as unknown as { __heardErrors: string[] }).__heardErrors = heard;
}

/** What a page found out about extension addresses, by route. */
export interface ExtensionAddressesSeen {
  /** Route → the distinct extension addresses (scheme and host) it showed. */
  byRoute: Record<string, string[]>;
}

/**
 * Everything a page script can look at for the extension's address (issue 19): every
 * attribute and text in its document and through open shadow roots, every frame's `src`
 * and what reading its location and name says, the resource timing entries, and what
 * `recordErrorsLikeATracker` heard. Returns each route's distinct `scheme://host` of
 * extension addresses (`moz-extension:`, `chrome-extension:`).
 */
export function extensionAddressesInPage(): ExtensionAddressesSeen {
  const found = /\b(?:moz|chrome)-extension:\/\/[0-9a-z-]+/gi;
  const byRoute: Record<string, Set<string>> = {};
  const note = (route: string, text: unknown) => {
    for (const match of String(text ?? '').match(found) ?? []) (byRoute[route] ??= new Set()).add(match.toLowerCase());
  };
  const walk = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.attributes) note('attributes', attr.value);
      if (el instanceof HTMLIFrameElement) {
        note('frame src', el.src);
        try {
          note('frame location', el.contentWindow?.location.href);
        } catch (error) {
          note('frame location', error);
        }
        try {
          note('frame location', el.contentDocument?.URL);
        } catch (error) {
          note('frame location', error);
        }
        try {
          note('frame name', el.contentWindow?.name);
        } catch (error) {
          note('frame name', error);
        }
      }
      if (el.shadowRoot) {
        note('markup', el.shadowRoot.innerHTML);
        walk(el.shadowRoot);
      }
    }
  };
  note('markup', document.documentElement.outerHTML);
  walk(document);
  for (const entry of performance.getEntries()) note('performance entries', entry.name);
  note('referrer', document.referrer);
  for (let i = 0; i < window.frames.length; i++) {
    try {
      note('frame location', window.frames[i]!.location.href);
    } catch (error) {
      note('frame location', error);
    }
  }
  for (const heard of (window as unknown as { __heardErrors?: string[] }).__heardErrors ?? []) note('errors', heard);
  return { byRoute: Object.fromEntries(Object.entries(byRoute).map(([route, set]) => [route, [...set].sort()])) };
}

/**
 * A page on another site tries to load `url` (one of the extension's files) by every route
 * it has: `fetch`, a script element, `import()`, a stylesheet link and an `<object>` (whose
 * `load` fires only for a document it could load). Returns the routes that loaded it.
 */
export async function loadFromAnotherSite(url: string): Promise<string[]> {
  const settle = (element: HTMLElement, parent: Element = document.head) =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 3_000);
      element.addEventListener('load', () => (clearTimeout(timer), resolve(true)));
      element.addEventListener('error', () => (clearTimeout(timer), resolve(false)));
      parent.append(element);
    }).finally(() => element.remove());
  const routes: Record<string, () => Promise<boolean>> = {
    fetch: () => fetch(url).then((response) => response.ok, () => false),
    script: () => settle(Object.assign(document.createElement('script'), { src: url })),
    'module script': () => settle(Object.assign(document.createElement('script'), { src: url, type: 'module' })),
    import: () => import(/* @vite-ignore */ url).then(() => true, () => false),
    stylesheet: () => settle(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: url })),
    object: () => settle(Object.assign(document.createElement('object'), { data: url, width: 10, height: 10 }), document.body),
  };
  const loaded: string[] = [];
  for (const [route, load] of Object.entries(routes)) if (await load()) loaded.push(route);
  return loaded;
}
