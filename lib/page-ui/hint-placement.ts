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
const MAX_TIP_WIDTH = 420;
const GAP = 6;
const MARGIN = 8;

/**
 * Where a field's badge and tip go. The badge sits inside the field's right end, so it
 * belongs visibly to that field and hangs over nothing else. The tip goes beside the field
 * when the viewport has room on the right, else above it, and below only when neither
 * fits: below is where the next field and the submit button are.
 */
export function placeHint(
  field: Box,
  host: Box,
  viewport: { width: number; height: number },
  /** The open tip's height, measured at the width it had then (0 when closed). */
  tip: { height: number; width: number },
): HintPlacement {
  const tipHeight = tip.height;
  const fieldHeight = field.bottom - field.top;
  const size = Math.min(BADGE_SIZE, Math.max(fieldHeight - 2, 0));
  const badge = {
    x: Math.round(field.right - host.left - size - BADGE_INSET),
    y: Math.round(field.top - host.top + (fieldHeight - size) / 2),
  };
  const besideWidth = Math.min(TIP_WIDTH, viewport.width - 2 * MARGIN);
  // Above or below, the tip may be as wide as its field: wider means fewer lines, lower.
  const width = Math.min(Math.max(TIP_WIDTH, field.right - field.left), MAX_TIP_WIDTH, viewport.width - 2 * MARGIN);
  // Text reflows: the height at another width is about the area over that width.
  const heightAt = (w: number) => (tip.width > 0 ? Math.ceil((tipHeight * tip.width) / w) : tipHeight);
  const heightThere = heightAt(width);
  let side: HintPlacement['tip']['side'];
  let left: number;
  let top: number;
  if (field.right + GAP + besideWidth <= viewport.width - MARGIN) {
    side = 'beside';
    left = field.right + GAP;
    top = Math.max(MARGIN, Math.min(field.top, viewport.height - MARGIN - heightAt(besideWidth)));
  } else if (field.top - GAP - heightThere >= MARGIN) {
    side = 'above';
    left = Math.max(MARGIN, Math.min(field.left, viewport.width - MARGIN - width));
    top = field.top - GAP - heightThere;
  } else {
    side = 'below';
    left = Math.max(MARGIN, Math.min(field.left, viewport.width - MARGIN - width));
    top = field.bottom + GAP;
  }
  return { badge, tip: { x: Math.round(left - host.left), y: Math.round(top - host.top), width: side === 'beside' ? besideWidth : width, side } };
}
