import { useState } from 'preact/hooks';
import { t, type UiKey } from '../lib/i18n';
import type { Lang } from '../lib/knowledge/entries';
import { composeSupportMessage, SUPPORT_SITUATIONS, type SupportSituation } from '../lib/support-message';

const SITUATION_LABELS: Record<SupportSituation, UiKey> = {
  locked: 'situationLocked',
  'no-phone-screen': 'situationNoPhoneScreen',
  'deleted-by-mistake': 'situationDeletedByMistake',
  appeal: 'situationAppeal',
  'cannot-log-in': 'situationCannotLogIn',
};

let nextId = 0;

/** Builds the English message for the support chat; the user copies it. Nothing is sent. */
export function Composer({ lang, initial = 'locked' }: { lang: Lang; initial?: SupportSituation }) {
  const [situation, setSituation] = useState<SupportSituation>(initial);
  const [email, setEmail] = useState('');
  const [orderNumber, setOrderNumber] = useState('');
  const [since, setSince] = useState('');
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [uid] = useState(() => `composer-${++nextId}`);
  const s = (key: UiKey) => t(lang, key);
  const message = composeSupportMessage(situation, { email, orderNumber, since });

  const copy = () => {
    navigator.clipboard.writeText(message.en).then(
      () => setCopyState('copied'),
      () => setCopyState('failed'),
    );
  };
  const field = (key: UiKey, name: string, value: string, set: (v: string) => void, inputMode: 'text' | 'email' = 'text') => (
    <label class="field">
      <span>{s(key)}</span>
      <input
        type="text"
        inputMode={inputMode}
        name={name}
        value={value}
        autocomplete="off"
        onInput={(e) => {
          set(e.currentTarget.value);
          setCopyState('idle');
        }}
      />
    </label>
  );

  return (
    <div class="composer" data-composer>
      <fieldset>
        <legend>{s('composerSituation')}</legend>
        {SUPPORT_SITUATIONS.map((value) => (
          <label class="choice" key={value}>
            <input
              type="radio"
              name={`${uid}-situation`}
              value={value}
              checked={situation === value}
              onChange={() => {
                setSituation(value);
                setCopyState('idle');
              }}
            />
            {s(SITUATION_LABELS[value])}
          </label>
        ))}
      </fieldset>
      {field('composerEmail', 'email', email, setEmail, 'email')}
      {field('composerOrder', 'order', orderNumber, setOrderNumber)}
      {field('composerSince', 'since', since, setSince)}
      <p class="label">{s('composerEnglish')}</p>
      <pre class="message" lang="en" data-message-en>
        {message.en}
      </pre>
      <p class="label">{s('composerJapanese')}</p>
      <pre class="message" lang="ja" data-message-ja>
        {message.ja}
      </pre>
      <p class="copy-row">
        <button type="button" class="btn primary" onClick={copy}>
          {s('composerCopy')}
        </button>{' '}
        <span role="status">{copyState === 'copied' ? s('composerCopied') : copyState === 'failed' ? s('composerCopyFailed') : ''}</span>
      </p>
      <p class="note">{s('composerWhere')}</p>
      <p class="note">{s('composerNothingSent')}</p>
    </div>
  );
}

/** Composer styles for the panel's shadow root (the popup has its own stylesheet). */
export const COMPOSER_CSS = `
.composer { margin-top: 8px; border-top: 1px solid rgba(0,0,0,.12); padding-top: 8px; }
.composer fieldset { border: 0; margin: 0 0 6px; padding: 0; }
.composer legend, .composer .label { font-weight: 700; margin: 6px 0 2px; padding: 0; }
.composer .choice, .composer .field { display: block; margin: 2px 0; }
.composer .field span { display: block; font-size: 12px; }
.composer .field input { width: 100%; box-sizing: border-box; font: inherit; padding: 3px 6px; }
.composer .message { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; padding: 6px 8px; font: inherit; background: rgba(0,0,0,.04); border-radius: 6px; }
.composer .note { font-size: 12px; margin: 4px 0; }
.composer .btn { border: 1px solid #c98a2c; background: #e8a33d; color: #fff; border-radius: 6px; padding: 4px 10px; font: inherit; cursor: pointer; }
.composer button:focus-visible, .composer input:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
`;
