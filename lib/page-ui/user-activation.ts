/**
 * Whether a click on one of our controls that makes a lasting change (never showing a kind
 * again, rewriting the page's field) is the user's own choice of that control. The event
 * guard (shadow-ui.ts) lets only trusted events through, but a page can steer trusted input:
 * - on Enter in its own field it moves the focus onto our button, and the browser activates
 *   the focused button: a keyboard click counts only when the key was pressed on the control
 *   itself, inside our root;
 * - it lays our panel, nearly transparent, under the cursor, or covers it: a pointer click
 *   counts only when the control is what is shown at that point (our host on the page, the
 *   control in our root) and nothing above the host makes it fade;
 * - it moves our control, listeners and all, out of our root into its form: such a control
 *   is dead.
 * Layout is read only here, once per such click.
 */

/** Below this, a panel counts as made see-through by the page: ours are always opaque. */
export const MIN_SHOWN_OPACITY = 0.9;
/** A key press and the click it causes come within this (Space clicks on key up). */
export const KEY_TO_CLICK_MS = 1_000;

export interface KeyPress {
  /** The element inside our root the key was pressed on. */
  target: EventTarget | null;
  timeStamp: number;
}

/** The opacity the host is shown with: its own and every ancestor's, multiplied. */
function shownOpacity(host: Element): number {
  let opacity = 1;
  for (let el: Element | null = host; el; el = el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host ?? null)) {
    opacity *= Number.parseFloat(getComputedStyle(el).opacity) || 0;
  }
  return opacity;
}

export function isUsersActivation(event: Event, root: ShadowRoot, lastKey: KeyPress | null): boolean {
  const control = event.currentTarget as Element | null;
  if (!event.isTrusted || !control || control.getRootNode() !== root) return false;
  const click = event as MouseEvent;
  // A click made by a key (Enter, Space) has no pointer and no count.
  if (click.detail === 0) {
    return !!lastKey && control.contains(lastKey.target as Node | null) && event.timeStamp - lastKey.timeStamp <= KEY_TO_CLICK_MS;
  }
  const atPoint = root.elementFromPoint(click.clientX, click.clientY);
  const doc = root.host.ownerDocument;
  return (
    doc.elementFromPoint(click.clientX, click.clientY) === root.host &&
    !!atPoint &&
    control.contains(atPoint) &&
    shownOpacity(root.host) >= MIN_SHOWN_OPACITY
  );
}
