import { useState } from 'preact/hooks';
import type { HintKind } from '../lib/hints/fields';
import { t, type UiKey } from '../lib/i18n/ui-strings';
import type { Lang } from '../lib/i18n/language';
import { parseJapanesePhone } from '../lib/hints/phone';
import { JAPANESE_TEXT_CSS, PHRASE_CSS, themeCss } from './theme';
import { phrased } from './phrased';

export interface HintProps {
  kind: HintKind;
  lang: Lang;
  /** Phone hints only: the field's current text (never a password's). */
  value?: string;
  /** Open while the field has focus, or when the user opened it. */
  open: boolean;
  onToggle: () => void;
  /** Called with the click, which the caller checks was the user's own choice of the control. */
  onConvert?: (international: string, event: MouseEvent) => void;
  onDismiss: () => void;
}

const TITLES: Record<HintKind, [UiKey, UiKey | null]> = {
  'phone-format': ['hintPhoneTitle', 'hintPhoneRule'],
  sms: ['hintSmsTitle', 'hintSmsBody'],
  'email-verify': ['hintEmailTitle', 'hintEmailBody'],
  'forgot-password': ['hintForgotTitle', 'hintForgotBody'],
};

let nextId = 0;

function PhonePreview({ lang, value, onConvert }: { lang: Lang; value: string; onConvert?: (v: string, event: MouseEvent) => void }) {
  const parsed = parseJapanesePhone(value);
  if (!parsed.ok) {
    if (parsed.reason === 'empty' || /@|[a-z]/i.test(value)) return null; // an e-mail in a combined field
    return <p class="state" data-state={parsed.reason}>{phrased(t(lang, parsed.reason === 'not-japanese' ? 'hintPhoneNotJapanese' : 'hintPhoneInvalid'))}</p>;
  }
  return (
    <div class="preview" data-state="ok">
      <p>
        {phrased(t(lang, 'hintPhonePreview'))}{lang === 'ja' ? '：' : ': '}<strong data-preview lang="en" class="whole">{parsed.display}</strong>
      </p>
      {parsed.type === 'landline' && <p class="state">{phrased(t(lang, 'hintPhoneLandline'))}</p>}
      {value.replace(/\s/g, '') !== parsed.e164 && (
        <button type="button" class="convert" onClick={(event) => onConvert?.(parsed.e164, event)}>
          {phrased(t(lang, 'hintPhoneConvert', parsed.e164))}
        </button>
      )}
    </div>
  );
}

/** A small tip anchored to a login field: a badge that opens into a short explanation. */
export function Hint({ kind, lang, value = '', open, onToggle, onConvert, onDismiss }: HintProps) {
  const [id] = useState(() => `alg-hint-${++nextId}`);
  const [title, body] = TITLES[kind];
  return (
    <div class="hint" lang={lang}>
      <button type="button" class="badge" aria-expanded={open} aria-controls={id} aria-label={t(lang, 'hintOpen')} title={t(lang, title)} onClick={onToggle}>
        ?
      </button>
      <div class="tip" id={id} role="note" aria-label={t(lang, 'hintLabel')} hidden={!open}>
        <div class="tip-head">
          <strong>{phrased(t(lang, title))}</strong>
          <button type="button" class="close" aria-label={t(lang, 'hintDismiss')} title={t(lang, 'hintDismiss')} onClick={onDismiss}>
            ×
          </button>
        </div>
        {body && <p>{phrased(t(lang, body))}</p>}
        {kind === 'phone-format' && <PhonePreview lang={lang} value={value} onConvert={onConvert} />}
      </div>
    </div>
  );
}

/**
 * The host is absolutely positioned with no size, right after its field: it takes no room
 * in the form (nothing moves). The badge and the tip are placed from the field's box by
 * the mount code (custom properties on the host): the badge inside the field's right end,
 * the tip beside the field, or above it, so that it never covers the next field or the
 * submit button. No z-index of its own: a modal the page lays over the form stays above.
 */
export const HINT_CSS =
  themeCss(':host') +
  `
:host { position: absolute !important; display: block !important; width: 0 !important; height: 0 !important;
  overflow: visible !important; margin: 0 !important; }
.hint { position: relative; font: 12px/1.5 var(--alg-font); color: var(--alg-fg); ${JAPANESE_TEXT_CSS} }
${PHRASE_CSS}
.badge { position: absolute; left: var(--alg-badge-x, 0px); top: var(--alg-badge-y, 0px); width: 20px; height: 20px;
  border-radius: 50%; border: 0; background: var(--alg-strong); color: var(--alg-on-strong);
  font: 700 12px/20px var(--alg-font); padding: 0; cursor: pointer; }
.tip { position: absolute; left: var(--alg-tip-x, 0px); top: var(--alg-tip-y, 24px); width: var(--alg-tip-w, 280px);
  box-sizing: border-box; padding: 8px 10px; background: var(--alg-bg); border: 1px solid var(--alg-line);
  border-left: 4px solid var(--alg-edge); border-radius: var(--alg-radius); box-shadow: var(--alg-shadow); }
.tip[hidden] { display: none; }
.tip-head { display: flex; justify-content: space-between; gap: 6px; align-items: flex-start; }
.close { border: 0; background: none; font: 16px/1 var(--alg-font); cursor: pointer; color: var(--alg-fg); padding: 0 2px; }
p { margin: 4px 0 0; }
.state { color: var(--alg-warn); }
.convert { margin-top: 4px; border: 1px solid var(--alg-strong); background: var(--alg-strong); color: var(--alg-on-strong);
  border-radius: 6px; padding: 3px 8px; font: inherit; font-weight: 700; cursor: pointer; }
button:focus-visible { outline: 2px solid var(--alg-focus); outline-offset: 1px; }
`;
