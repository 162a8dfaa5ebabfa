import { useState } from 'preact/hooks';
import { t, type UiKey } from '../lib/i18n/ui-strings';
import { phrased } from './phrased';
import type { Lang } from '../lib/i18n/language';
import {
  CLAIMS,
  claimsFor,
  composeSupportMessage,
  contradictionOf,
  describeBrowser,
  DEVICES,
  SUPPORT_SITUATIONS,
  type Bilingual,
  type ClaimId,
  type Device,
  type RejectedField,
  type SupportSituation,
} from '../lib/explain/support-message';

const SITUATION_LABELS: Record<SupportSituation, UiKey> = {
  locked: 'situationLocked',
  restricted: 'situationRestricted',
  deleted: 'situationDeleted',
  verification: 'situationVerification',
  'sms-code': 'situationSmsCode',
  'email-unverified': 'situationEmailUnverified',
  blocked: 'situationBlocked',
  'cannot-log-in': 'situationCannotLogIn',
  'not-authorized': 'situationNotAuthorized',
  'checkout-hold': 'situationCheckoutHold',
};

const DEVICE_LABELS: Record<Device, UiKey> = {
  'this-browser': 'deviceThisBrowser',
  'phone-browser': 'devicePhoneBrowser',
  'app-iphone': 'deviceAppIphone',
  'app-android': 'deviceAppAndroid',
};

const REJECTION_TEXT: Record<RejectedField['reason'], UiKey> = {
  'not-ascii': 'composerNotAscii',
  'not-a-number': 'composerNotNumber',
  'not-a-date': 'composerNotDate',
};

let nextId = 0;

export interface ComposerProps {
  lang: Lang;
  situation: SupportSituation;
  /** The page's own error text, when the composer was opened from a panel. */
  errorText?: string;
  /** Its translation, when it is in another language we know (never our headline). */
  errorTranslation?: Bilingual;
}

/** Builds the English message for the support chat; the user copies it. Nothing is sent. */
export function Composer({ lang, situation: initialSituation, errorText = '', errorTranslation }: ComposerProps) {
  const [situation, setSituation] = useState<SupportSituation>(initialSituation);
  // Ticked at first: only what the page's own message says (claimsFor).
  const [claims, setClaims] = useState<ClaimId[]>(() => claimsFor(initialSituation, errorText).ticked);
  const [includeError, setIncludeError] = useState(true);
  const [account, setAccount] = useState('');
  const [device, setDevice] = useState<Device | ''>('');
  const [since, setSince] = useState('');
  const [orderNumber, setOrderNumber] = useState('');
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [uid] = useState(() => `composer-${++nextId}`);
  const s = (key: UiKey, ...subs: string[]) => t(lang, key, ...subs);
  const browserName = describeBrowser(navigator.userAgent);
  const message = composeSupportMessage(situation, {
    errorText: includeError ? errorText : '',
    errorTranslation,
    claims,
    account,
    device,
    browserName,
    since,
    orderNumber,
  });
  const rejection = (field: RejectedField['field']) => message.rejected.find((r) => r.field === field);
  const changed = () => setCopyState('idle');

  const copy = () => {
    navigator.clipboard.writeText(message.en).then(
      () => setCopyState('copied'),
      () => setCopyState('failed'),
    );
  };

  const textField = (field: 'account' | 'orderNumber', label: UiKey, value: string, set: (v: string) => void, inputMode: 'email' | 'numeric') => {
    const problem = rejection(field);
    const errorId = `${uid}-${field}-error`;
    return (
      <label class="field">
        <span>{phrased(s(label))}</span>
        <input
          type="text"
          inputMode={inputMode}
          name={field}
          value={value}
          autocomplete="off"
          spellcheck={false}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? errorId : undefined}
          onInput={(e) => {
            set(e.currentTarget.value);
            changed();
          }}
        />
        {problem && (
          <span class="warn" id={errorId} data-warning={field}>
            {phrased(s(REJECTION_TEXT[problem.reason]))}
          </span>
        )}
      </label>
    );
  };

  return (
    <div class="composer" data-composer>
      <label class="field">
        <span>{phrased(s('composerSituation'))}</span>
        <select
          name="situation"
          value={situation}
          onChange={(e) => {
            const next = e.currentTarget.value as SupportSituation;
            setSituation(next);
            setClaims(claimsFor(next, errorText).ticked);
            changed();
          }}
        >
          {SUPPORT_SITUATIONS.map((value) => (
            <option key={value} value={value}>
              {s(SITUATION_LABELS[value])}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{phrased(s('composerClaims'))}</legend>
        {errorText && (
          <label class="choice">
            <input
              type="checkbox"
              name="include-error"
              checked={includeError}
              onChange={(e) => {
                setIncludeError(e.currentTarget.checked);
                changed();
              }}
            />
            {phrased(s('composerErrorIncluded'))}
          </label>
        )}
        {claimsFor(situation, errorText).offered.map((id) => (
          <label class="choice" key={id}>
            <input
              type="checkbox"
              name="claim"
              value={id}
              checked={claims.includes(id)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                const other = contradictionOf(id);
                setClaims(on ? [...claims.filter((c) => c !== other), id] : claims.filter((c) => c !== id));
                changed();
              }}
            />
            {phrased(CLAIMS[id][lang])}
          </label>
        ))}
      </fieldset>
      {textField('account', 'composerAccount', account, setAccount, 'email')}
      <label class="field">
        <span>{phrased(s('composerDevice'))}</span>
        <select
          name="device"
          value={device}
          onChange={(e) => {
            setDevice(e.currentTarget.value as Device | '');
            changed();
          }}
        >
          <option value="">{s('deviceNone')}</option>
          {DEVICES.map((value) => (
            <option key={value} value={value}>
              {s(DEVICE_LABELS[value], browserName || '—')}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{phrased(s('composerSince'))}</span>
        <input
          type="date"
          name="since"
          value={since}
          max={new Date().toISOString().slice(0, 10)}
          onInput={(e) => {
            setSince(e.currentTarget.value);
            changed();
          }}
        />
        {rejection('since') && <span class="warn">{phrased(s('composerNotDate'))}</span>}
      </label>
      {textField('orderNumber', 'composerOrder', orderNumber, setOrderNumber, 'numeric')}
      <p class="label">{phrased(s('composerEnglish'))}</p>
      <pre class="message" lang="en" data-message-en>
        {message.en}
      </pre>
      <p class="label">{phrased(s('composerJapanese'))}</p>
      <pre class="message" lang="ja" data-message-ja>
        {phrased(message.ja)}
      </pre>
      <p class="copy-row">
        <button type="button" class="btn primary" onClick={copy}>
          {phrased(s('composerCopy'))}
        </button>{' '}
        <span role="status">{copyState === 'copied' ? s('composerCopied') : copyState === 'failed' ? s('composerCopyFailed') : ''}</span>
      </p>
      <p class="note">{phrased(s('composerWhere'))}</p>
      <p class="note">{phrased(s('composerNothingSent'))}</p>
    </div>
  );
}

/** Composer styles, shared by the panel's shadow root and the popup (theme tokens). */
export const COMPOSER_CSS = `
.composer { margin-top: 6px; }
.composer fieldset { border: 0; margin: 6px 0; padding: 0; min-width: 0; }
.composer legend, .composer .label { font-weight: 700; margin: 8px 0 2px; padding: 0; }
.composer .choice { display: flex; gap: 6px; align-items: flex-start; margin: 3px 0; }
.composer .choice input { margin: 3px 0 0; flex: none; }
.composer .field { display: block; margin: 6px 0; }
.composer .field > span:first-child { display: block; font-size: 12px; color: var(--alg-muted); }
.composer .field input, .composer .field select {
  width: 100%; box-sizing: border-box; font: inherit; padding: 4px 6px; color: var(--alg-fg);
  background: var(--alg-bg); border: 1px solid var(--alg-line); border-radius: 6px;
}
.composer .warn { display: block; font-size: 12px; color: var(--alg-warn); margin-top: 2px; }
.composer .message {
  white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; padding: 6px 8px; font: inherit;
  background: var(--alg-surface); color: var(--alg-fg); border-radius: 6px;
}
.composer .note { font-size: 12px; margin: 4px 0; color: var(--alg-muted); }
.composer .btn {
  border: 1px solid var(--alg-strong); background: var(--alg-strong); color: var(--alg-on-strong);
  border-radius: 6px; padding: 4px 12px; font: inherit; font-weight: 700; cursor: pointer;
}
.composer button:focus-visible, .composer input:focus-visible, .composer select:focus-visible {
  outline: 2px solid var(--alg-focus); outline-offset: 1px;
}
`;
