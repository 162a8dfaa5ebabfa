/**
 * Calls `callback` once the frame now being prepared has been painted: in the task after the
 * next animation frame. What it does then is not on the way of that paint. A document that
 * is not drawn (a hidden tab) gets no animation frames: there, `fallbackMs` later.
 */
export function afterNextPaint(callback: () => void, fallbackMs = 100): void {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    clearTimeout(fallback);
    callback();
  };
  const fallback = setTimeout(once, fallbackMs);
  requestAnimationFrame(() => setTimeout(once, 0));
}
