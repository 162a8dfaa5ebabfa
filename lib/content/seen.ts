/**
 * Whether the user can see a banner (issue 19), the part the content script needs: a page can
 * show a banner nobody sees (placed off the document, nearly transparent) to learn from our
 * early head which kinds are dismissed (no head = dismissed). The panel UI judges banners by
 * the whole rule (lib/page-ui/seen.ts `userCanSee`: off the document, frames, cross-origin
 * frames); the early head, drawn before that UI has loaded, by `inSightNow`, stricter and
 * smaller (every page pays for this script), built on the same opacity rule.
 */

/** A banner or frame shown at less than this opacity counts as unseen (fading in starts near 0). */
export const MIN_SEEN_OPACITY = 0.1;

/** The opacity an element is shown at: its own and its ancestors' (through shadow hosts), filters included. */
export function shownOpacity(el: Element): number {
  let opacity = 1;
  for (let at: Element | null = el; at; at = at.parentElement ?? ((at.parentNode as ShadowRoot | null)?.host ?? null)) {
    const style = getComputedStyle(at);
    // Computed values are plain numbers (an element out of the document has none: 0).
    opacity *= +style.opacity;
    for (const [, value] of style.filter.matchAll(/opacity\(([\d.]+)\)/g)) opacity *= +value!;
  }
  return opacity;
}

/**
 * In the top window's viewport now and not nearly transparent: what passes this passes
 * `userCanSee`; what does not waits for the panel UI, which judges it by the whole rule. For
 * the early head (lib/content/panel-loader.ts), which is for what the user is looking at.
 * Reads style and layout: once per head drawn, never per mutation.
 */
export function inSightNow(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return window === window.top && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight && shownOpacity(el) >= MIN_SEEN_OPACITY;
}
