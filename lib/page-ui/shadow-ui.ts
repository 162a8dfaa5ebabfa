import type { ScriptContext } from '../content/context';
import { inertDocument } from '../content/host-tags';
import { isUsersActivation, type KeyPress } from './user-activation';

/**
 * Events a page script could fire inside our open shadow roots to act for the user: pointer
 * and mouse presses, keys, text entry, form submission, focus moves and clipboard actions.
 * Only the browser's own (trusted) events, caused by the user, may reach our controls.
 */
export const GUARDED_EVENTS = [
  'click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup',
  'pointerdown', 'pointerup', 'touchstart', 'touchend',
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'select',
  'submit', 'reset', 'invalid', 'focus', 'blur', 'focusin', 'focusout',
  'copy', 'cut', 'paste', 'drop', 'compositionstart', 'compositionupdate', 'compositionend',
] as const;

/** Keys typed in our UI stay in it, so the page's shortcuts do not fire while the user types. */
const PRIVATE_KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/** The reset WXT's shadow-root UI applies: the page's styles on our tag do not reach in. */
export const HOST_RESET = ':host{all:initial !important;}';

/**
 * How often a copy of the content script whose extension was reloaded or updated looks for
 * it while it shows something. Chrome leaves such a copy running without telling it; reading
 * `ctx.isInvalid` notices (the extension id is gone) and removes what the copy added.
 */
const RETIREMENT_CHECK_MS = 1_000;

export interface ShadowUi {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** The `<body>` inside the shadow root that the UI renders into. */
  container: HTMLElement;
  /** Takes the UI out of the page and releases everything it registered. Idempotent. */
  remove(): void;
  /**
   * Resolves to whether a click on a control that makes a lasting change is the user's own
   * choice of it (user-activation.ts): call it from that control's click handler, with its
   * event, and act once it resolves to true.
   */
  isUsersActivation(event: Event): Promise<boolean>;
}

export interface ShadowUiOptions {
  tag: string;
  css: string;
  /**
   * A host of ours already in the page, built the same way (the panel's early head, see
   * lib/content/early-head.ts): its shadow root's content is replaced, the element stays.
   */
  host?: HTMLElement;
  /** Puts the host into the page (next to its anchor, or at the end of the body). */
  place(host: HTMLElement): void;
  /** Called once, before the host leaves the page: unmount the UI framework here. */
  onRemove?(container: HTMLElement): void;
}

/** Stops an event a page script made up before any of our listeners sees it. */
function guard(ctx: ScriptContext, event: Event): void {
  // An old copy after an extension update: the user's click retires it instead of doing nothing.
  if (event.isTrusted && !ctx.isInvalid) return;
  event.stopImmediatePropagation();
  if (event.cancelable) event.preventDefault();
}

/**
 * Mounts a UI in an open shadow root (the page contract) with the same structure and reset
 * as WXT's `createShadowRootUi`, but synchronously and with a symmetric lifetime: WXT 0.21
 * registers an invalidation listener per UI that it never releases, which kept every removed
 * panel alive (thousands of nodes after a page toggled its banner). Here the listener is
 * released on removal, and the event guard is installed on the shadow root itself, in the
 * capture phase, so it runs before the listeners of any element inside.
 */
export function mountShadowUi(ctx: ScriptContext, options: ShadowUiOptions): ShadowUi {
  const host = options.host ?? inertDocument().createElement(options.tag);
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const body = document.createElement('body');
  const style = document.createElement('style');
  style.textContent = `${HOST_RESET}\n${options.css}`;
  head.append(style);
  html.append(head, body);
  shadow.replaceChildren(html);

  const onEvent = (event: Event) => guard(ctx, event);
  for (const type of GUARDED_EVENTS) shadow.addEventListener(type, onEvent, { capture: true });
  // The last key the user pressed inside this root, for keyboard clicks (user-activation.ts).
  let lastKey: KeyPress | null = null;
  shadow.addEventListener('keydown', (event) => (lastKey = event.isTrusted ? { target: event.composedPath()[0] ?? null, timeStamp: event.timeStamp } : lastKey), { capture: true });
  const keepPrivate = (event: Event) => event.stopPropagation();
  for (const type of PRIVATE_KEY_EVENTS) body.addEventListener(type, keepPrivate);

  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    releaseInvalidation();
    stopRetirementWatch();
    options.onRemove?.(body);
    host.remove();
  };
  const releaseInvalidation = ctx.onInvalidated(remove);
  const stopRetirementWatch = watchForRetirement(ctx);
  options.place(host);
  // Created after the extension went away (an old copy): nothing may stay in the page.
  if (ctx.isInvalid) remove();
  return { host, shadow, container: body, remove, isUsersActivation: (event) => isUsersActivation(event, shadow, lastKey) };
}

interface RetirementWatch {
  users: number;
  timer: ReturnType<typeof setInterval>;
}
const retirementWatches = new WeakMap<ScriptContext, RetirementWatch>();

/** One timer per content script while at least one of its UIs is in the page. */
function watchForRetirement(ctx: ScriptContext): () => void {
  let watch = retirementWatches.get(ctx);
  if (!watch) {
    // Plain timers: `ctx.setInterval` adds an invalidation listener on each call, never released.
    const timer = setInterval(() => void ctx.isInvalid, RETIREMENT_CHECK_MS);
    watch = { users: 0, timer };
    retirementWatches.set(ctx, watch);
  }
  watch.users++;
  const current = watch;
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    if (--current.users > 0) return;
    clearInterval(current.timer);
    retirementWatches.delete(ctx);
  };
}
