/**
 * Whether a click on one of our controls that makes a lasting change (rewriting the page's
 * field; settings are never made on the page) is the user's own choice of that control. The event
 * guard (shadow-ui.ts) lets only trusted events through, but a page can steer trusted input:
 * - on Enter in its own field it moves the focus onto our button, and the browser activates
 *   the focused button: a keyboard click counts only when the key was pressed on the control
 *   itself, inside our root;
 * - it lays our panel, nearly transparent, under the cursor, or covers it: a pointer click
 *   counts only when the control is what is shown at that point (our host on the page, the
 *   control in our root: a covering element that takes the pointer is hit instead) and
 *   nothing on the host's way to the screen makes it look absent (`looksAbsent`);
 * - it covers the control with a layer that lets the pointer through (`pointer-events:
 *   none`), which hit testing does not see, or fades the frame we are in from its parent
 *   page: where the browser tracks visibility (`seenUncovered`, Chromium), the control
 *   counts only when the browser says it is drawn unoccluded and unfaded. Firefox has no
 *   such tracking: there these two stay uncaught (PRIVACY.md);
 * - it moves our control, listeners and all, out of our root into its form: such a control
 *   is dead.
 * Layout is read only here, once per such click.
 */

import { shownOpacity } from '../content/seen';

/** Below this, a panel counts as made see-through by the page: ours are always opaque. */
export const MIN_SHOWN_OPACITY = 0.9;
/** A key press and the click it causes come within this (Space clicks on key up). */
export const KEY_TO_CLICK_MS = 1_000;

export interface KeyPress {
  /** The element inside our root the key was pressed on. */
  target: EventTarget | null;
  timeStamp: number;
}

/** A blur wider than this hides our text (ours use none). */
export const MAX_SHOWN_BLUR_PX = 1;
/** Below this, `brightness()` or `contrast()` makes our text unreadable. */
export const MIN_SHOWN_LEVEL = 0.5;
/** Drawn smaller than this share of its laid-out size, the control is scaled away. */
export const MIN_SHOWN_SCALE = 0.5;

/** The filter functions that hide text besides `opacity()` (which `shownOpacity` counts). */
const FILTER_FUNCTION = /(blur|brightness|contrast)\(([\d.]+)(px)?\)/g;

/**
 * Whether the page makes the control look absent while it stays hit-testable: see-through
 * (opacity, `filter: opacity()`, multiplied up the ancestors), blurred or darkened, blended
 * into what is below (`mix-blend-mode`), clipped or masked, hidden, or scaled to nothing.
 * Ours use none of these, so any of them on the way up is the page's doing.
 */
export function looksAbsent(control: Element): boolean {
  const style = getComputedStyle(control);
  if (style.visibility !== 'visible') return true;
  const box = control.getBoundingClientRect();
  const laid = control as HTMLElement;
  if (box.width < laid.offsetWidth * MIN_SHOWN_SCALE || box.height < laid.offsetHeight * MIN_SHOWN_SCALE) return true;
  // See-through: the same product of opacities as a banner's (lib/content/seen.ts), held to our
  // controls' stricter threshold.
  if (shownOpacity(control) < MIN_SHOWN_OPACITY) return true;
  for (let el: Element | null = control; el; el = el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host ?? null)) {
    const s = getComputedStyle(el);
    for (const [, fn, value] of s.filter.matchAll(FILTER_FUNCTION)) {
      const n = Number.parseFloat(value!);
      if (fn === 'blur' ? n > MAX_SHOWN_BLUR_PX : n < MIN_SHOWN_LEVEL) return true;
    }
    if (s.mixBlendMode !== 'normal' || s.clipPath !== 'none' || (s.maskImage || 'none') !== 'none') return true;
    if (((s as unknown as Record<string, string>).webkitMaskImage || 'none') !== 'none') return true;
  }
  return false;
}

/** IntersectionObserver v2's options and entry (Chromium), not in TypeScript's DOM types yet. */
export type VisibilityOptions = IntersectionObserverInit & { trackVisibility: boolean; delay: number };
export type VisibilityEntry = IntersectionObserverEntry & { isVisible?: boolean };

/** Whether this browser tracks visibility (IntersectionObserver v2: Chromium; not Firefox). */
export function tracksVisibility(): boolean {
  return typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
}

/** The shortest `delay` the browser accepts with `trackVisibility`. */
export const VISIBILITY_DELAY_MS = 100;

/**
 * Whether the browser draws the control unoccluded, unfaded and untransformed now, as
 * IntersectionObserver v2 reports it: unlike hit testing, it counts a layer with
 * `pointer-events: none` over the control, and opacity, filters and transforms on every
 * ancestor up to the top page, across frames. A new observer per activation: its first entry
 * comes with the next frame and describes the control as drawn then, so a click right after
 * the control appears is judged like any other (a long-lived observer's entries arrive at
 * most every 100 ms, and would refuse those clicks or judge by a stale state). Our own
 * controls carry no transform, opacity, filter, transition or animation, so nothing of ours
 * makes them count as unseen. Without visibility tracking (Firefox): true.
 */
export function seenUncovered(control: Element): Promise<boolean> {
  if (!tracksVisibility()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        observer.disconnect();
        resolve((entries[entries.length - 1] as VisibilityEntry | undefined)?.isVisible === true);
      },
      { trackVisibility: true, delay: VISIBILITY_DELAY_MS } as VisibilityOptions,
    );
    observer.observe(control);
  });
}

/** The checks made at the click itself: trusted, in our root, pressed or hit where it is shown. */
function activatedInPlace(event: Event, root: ShadowRoot, lastKey: KeyPress | null): Element | null {
  const control = event.currentTarget as Element | null;
  if (!event.isTrusted || !control || control.getRootNode() !== root) return null;
  const click = event as MouseEvent;
  // A click made by a key (Enter, Space) has no pointer and no count.
  if (click.detail === 0) {
    const pressedHere = !!lastKey && control.contains(lastKey.target as Node | null) && event.timeStamp - lastKey.timeStamp <= KEY_TO_CLICK_MS;
    return pressedHere ? control : null;
  }
  const atPoint = root.elementFromPoint(click.clientX, click.clientY);
  const doc = root.host.ownerDocument;
  const hit = doc.elementFromPoint(click.clientX, click.clientY) === root.host && !!atPoint && control.contains(atPoint);
  return hit && !looksAbsent(control) ? control : null;
}

/**
 * Resolves to whether the activation counts: the checks at the click, then the browser's
 * visibility of the control (a frame later, where it is tracked). Read the event's target
 * and coordinates before this returns: it reads them at once.
 */
export function isUsersActivation(event: Event, root: ShadowRoot, lastKey: KeyPress | null): Promise<boolean> {
  const control = activatedInPlace(event, root, lastKey);
  return control ? seenUncovered(control) : Promise.resolve(false);
}
