/** A box in viewport coordinates, as getBoundingClientRect gives it. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface HintPlacement {
  /** Offsets from the hint's host (a zero-size box after the field). */
  badge: { x: number; y: number };
  tip: { x: number; y: number; width: number; side: 'beside' | 'above' | 'below' };
}

export const BADGE_SIZE = 20;
const BADGE_INSET = 4;
const TIP_WIDTH = 280;
const GAP = 6;
const MARGIN = 8;

/**
 * Where a field's badge and tip go. The badge sits inside the field's right end, so it
 * belongs visibly to that field and hangs over nothing else. The tip goes beside the field
 * when the viewport has room on the right, else above it, and below only when neither
 * fits: below is where the next field and the submit button are.
 */
export function placeHint(field: Box, host: Box, viewport: { width: number; height: number }, tipHeight: number): HintPlacement {
  const fieldHeight = field.bottom - field.top;
  const size = Math.min(BADGE_SIZE, Math.max(fieldHeight - 2, 0));
  const badge = {
    x: Math.round(field.right - host.left - size - BADGE_INSET),
    y: Math.round(field.top - host.top + (fieldHeight - size) / 2),
  };
  const width = Math.min(TIP_WIDTH, viewport.width - 2 * MARGIN);
  let side: HintPlacement['tip']['side'];
  let left: number;
  let top: number;
  if (field.right + GAP + width <= viewport.width - MARGIN) {
    side = 'beside';
    left = field.right + GAP;
    top = Math.max(MARGIN, Math.min(field.top, viewport.height - MARGIN - tipHeight));
  } else if (field.top - GAP - tipHeight >= MARGIN) {
    side = 'above';
    left = Math.max(MARGIN, Math.min(field.left, viewport.width - MARGIN - width));
    top = field.top - GAP - tipHeight;
  } else {
    side = 'below';
    left = Math.max(MARGIN, Math.min(field.left, viewport.width - MARGIN - width));
    top = field.bottom + GAP;
  }
  return { badge, tip: { x: Math.round(left - host.left), y: Math.round(top - host.top), width, side } };
}
