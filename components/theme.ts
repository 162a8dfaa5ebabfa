/**
 * One set of colour, type and spacing tokens for the panel, the hints and the popup. Every
 * text/background pair below meets WCAG AA (4.5:1) in both schemes; the e2e suite checks
 * the rendered result with axe. `selector` is `:host` inside our shadow roots and `:root`
 * in the popup.
 */
export function themeCss(selector: ':host' | ':root'): string {
  return `
${selector} {
  --alg-fg: #1f2328; --alg-muted: #5b4a2e; --alg-bg: #fffdf8; --alg-surface: #f5efe3; --alg-now: #fdf0dc;
  --alg-line: #d9cdb6; --alg-edge: #c77a12; --alg-accent: #8a4b00; --alg-strong: #a34f00; --alg-on-strong: #ffffff;
  --alg-warn: #9a3412; --alg-focus: #1a56db; --alg-shadow: 0 2px 10px rgba(0,0,0,.14);
  --alg-font: system-ui, -apple-system, "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "Yu Gothic UI", Meiryo, sans-serif;
  --alg-gap: 8px; --alg-radius: 8px;
}
@media (prefers-color-scheme: dark) {
  ${selector} {
    --alg-fg: #ece7df; --alg-muted: #cbbd9f; --alg-bg: #221e18; --alg-surface: #2e2920; --alg-now: #3a2f1e;
    --alg-line: #4a4235; --alg-edge: #d08a2c; --alg-accent: #f3b769; --alg-strong: #f3b769; --alg-on-strong: #1d1710;
    --alg-warn: #ffb59a; --alg-focus: #8ab4f8; --alg-shadow: 0 2px 12px rgba(0,0,0,.5);
  }
}`;
}

/**
 * Japanese line breaking: only where our texts mark a phrase boundary (components/phrased.tsx
 * puts a <wbr> there; keep-all forbids breaks inside words), never before small kana or
 * closing brackets (strict), and split a long Latin word only when nothing else fits.
 */
export const JAPANESE_TEXT_CSS = `line-break: strict; word-break: keep-all; overflow-wrap: anywhere;`;

/**
 * With it, in every root that shows our texts: phone numbers and `+81 …` examples are never
 * split, and the page's own words (quotes) keep the browser's ordinary breaking.
 */
export const PHRASE_CSS = `.whole { white-space: nowrap; } q, [data-page-text] { word-break: normal; }`;
