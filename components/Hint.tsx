import { useState } from 'preact/hooks';
import type { HintKind } from '../lib/hints/fields';
import { t, type UiKey } from '../lib/i18n';
import type { Lang } from '../lib/knowledge/entries';
import { parseJapanesePhone } from '../lib/phone';

export interface HintProps {
  kind: HintKind;
  lang: Lang;
  /** Phone hints only: the field's current text (never a password's). */
  value?: string;
  /** Open while the field has focus, or when the user opened it. */
  open: boolean;
  onToggle: () => void;
  onConvert?: (international: string) => void;
  onDismiss: () => void;
}

const TITLES: Record<HintKind, [UiKey, UiKey | null]> = {
  'phone-format': ['hintPhoneTitle', 'hintPhoneRule'],
  sms: ['hintSmsTitle', 'hintSmsBody'],
  'email-verify': ['hintEmailTitle', 'hintEmailBody'],
  'forgot-password': ['hintForgotTitle', 'hintForgotBody'],
};

let nextId = 0;

function PhonePreview({ lang, value, onConvert }: { lang: Lang; value: string; onConvert?: (v: string) => void }) {
  const parsed = parseJapanesePhone(value);
  if (!parsed.ok) {
    if (parsed.reason === 'empty' || /@|[a-z]/i.test(value)) return null; // an e-mail in a combined field
    return <p class="state" data-state={parsed.reason}>{t(lang, parsed.reason === 'not-japanese' ? 'hintPhoneNotJapanese' : 'hintPhoneInvalid')}</p>;
  }
  return (
    <div class="preview" data-state="ok">
      <p>
        {t(lang, 'hintPhonePreview')}: <strong data-preview lang="en">{parsed.display}</strong>
      </p>
      {parsed.type === 'landline' && <p class="state">{t(lang, 'hintPhoneLandline')}</p>}
      {value.replace(/\s/g, '') !== parsed.e164 && (
        <button type="button" class="convert" onClick={() => onConvert?.(parsed.e164)}>
          {t(lang, 'hintPhoneConvert')} ({parsed.e164})
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
          <strong>{t(lang, title)}</strong>
          <button type="button" class="close" aria-label={t(lang, 'hintDismiss')} title={t(lang, 'hintDismiss')} onClick={onDismiss}>
            ×
          </button>
        </div>
        {body && <p>{t(lang, body)}</p>}
        {kind === 'phone-format' && <PhonePreview lang={lang} value={value} onConvert={onConvert} />}
      </div>
    </div>
  );
}

/**
 * The host is absolutely positioned with no size, right after its field: it takes no room
 * in the form (nothing moves), and the tip hangs from it over the page.
 */
export const HINT_CSS = `
:host { position: absolute !important; display: block !important; width: 0 !important; height: 0 !important;
  overflow: visible !important; z-index: 2147483646 !important; margin: 0 !important; }
.hint { position: relative; font: 12px/1.5 system-ui, -apple-system, "Hiragino Sans", "Noto Sans CJK JP", Meiryo, sans-serif; color: #1f2328; }
.badge { position: absolute; top: -22px; left: -26px; width: 20px; height: 20px; border-radius: 50%; border: 0;
  background: #e8a33d; color: #fff; font: 700 12px/20px system-ui, sans-serif; padding: 0; cursor: pointer; }
.tip { position: absolute; top: 4px; left: 0; width: min(280px, calc(100vw - 24px)); box-sizing: border-box; padding: 8px 10px;
  background: #fffdf7; border: 1px solid #e8a33d; border-radius: 8px; box-shadow: 0 2px 10px rgba(0,0,0,.15); }
.tip[hidden] { display: none; }
.tip-head { display: flex; justify-content: space-between; gap: 6px; align-items: flex-start; }
.close { border: 0; background: none; font: 16px/1 system-ui, sans-serif; cursor: pointer; color: inherit; padding: 0 2px; }
p { margin: 4px 0 0; }
.state { color: #9a4b00; }
.convert { margin-top: 4px; border: 1px solid #c98a2c; background: #e8a33d; color: #fff; border-radius: 6px; padding: 3px 8px; font: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .hint { color: #e6e6e6; } .tip { background: #26221b; border-color: #c98a2c; } .state { color: #f0b45a; }
}
`;
