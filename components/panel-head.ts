import { KINDS, type Kind } from '../lib/detect/kinds';
import { CAPTCHA_VARIANTS, type CaptchaVariant } from '../lib/detect/captcha';
import type { Lang } from '../lib/i18n/language';
import { EARLY_HEAD_VERSION, headKey, type EarlyHeadKit } from '../lib/content/early-head';
import { headOf } from '../lib/explain/heads';
import { HOST_RESET } from '../lib/page-ui/shadow-ui';
import { JAPANESE_TEXT_CSS, PHRASE_CSS, themeCss } from './theme';

/**
 * The panel's frame and head: everything its first line needs. The panel UI (Panel.tsx)
 * builds on it, and the content script shows it alone while that UI loads (see
 * lib/content/early-head.ts), so both draw the head from these same rules.
 */
export const PANEL_HEAD_CSS =
  themeCss(':host') +
  `
/* !important: WXT's reset puts \`all: initial !important\` on the host. */
:host { display: block !important; margin: 8px 0 !important; max-width: min(480px, 100%) !important; }
:host([data-align="center"]) { margin-left: auto !important; margin-right: auto !important; }
:host([data-placement="fixed"]) {
  position: fixed !important; right: 12px !important; bottom: 12px !important; margin: 0 !important;
  z-index: 2147483647 !important; width: min(400px, calc(100vw - 24px)) !important;
}
.panel {
  box-sizing: border-box; width: 100%; max-height: min(70vh, 560px); overflow: auto;
  font: 13px/1.5 var(--alg-font); color: var(--alg-fg); background: var(--alg-bg);
  border: 1px solid var(--alg-line); border-left: 4px solid var(--alg-edge); border-radius: var(--alg-radius);
  box-shadow: var(--alg-shadow); text-align: left; ${JAPANESE_TEXT_CSS}
}
.head { display: flex; align-items: flex-start; gap: 4px; padding: 8px 6px 4px 12px; }
.titles { flex: 1; min-width: 0; }
.headline { margin: 0; font-size: 15px; font-weight: 700; line-height: 1.45; }
${PHRASE_CSS}
.note { margin: 2px 0 0; color: var(--alg-muted); font-size: 12px; }
`;

/**
 * The early head's styles: the panel's head rules, with room kept for the buttons the full
 * panel adds to the head (a collapse and a close button, 2 × 26 px and gaps). The early head
 * is plain text (no phrase marks): it keeps the browser's own breaking, by phrase where it
 * can, until the panel UI fills it in.
 */
export const EARLY_HEAD_CSS = `${HOST_RESET}\n${PANEL_HEAD_CSS}\n.early-head .head { padding-right: 66px; }\n.early-head .titles { word-break: normal; word-break: auto-phrase; }`;

/** A head's lines in one language, as the early head shows them: the headline, then the note. */
export function headLines(kind: Kind, variant: CaptchaVariant | undefined, lang: Lang): string[] {
  const head = headOf(kind, variant);
  return [head.meaning[lang], ...(head.note ? [head.note[lang]] : [])];
}

/**
 * The kit the content script reads to show a panel's head before the panel UI is loaded:
 * the early head's styles and the head of every kind and interception in both languages.
 * (The panel UI, once loaded, draws early heads from the same two definitions.)
 */
export function earlyHeadKit(): EarlyHeadKit {
  const heads: EarlyHeadKit['heads'] = {};
  const add = (key: string, kind: Kind, variant?: CaptchaVariant) => {
    heads[key] = { ja: headLines(kind, variant, 'ja'), en: headLines(kind, variant, 'en') };
  };
  for (const kind of KINDS) add(headKey(kind), kind);
  for (const variant of CAPTCHA_VARIANTS) add(headKey('captcha', variant), 'captcha', variant);
  return { v: EARLY_HEAD_VERSION, css: EARLY_HEAD_CSS, heads };
}
