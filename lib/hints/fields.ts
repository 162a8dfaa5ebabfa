/** The inline hints of the page contract (`ali-lock-guide-hint[data-hint]`). */
export const HINT_KINDS = ['phone-format', 'sms', 'email-verify', 'forgot-password'] as const;
export type HintKind = (typeof HINT_KINDS)[number];

/** What can be read about a field without reading its value. */
export interface FieldFacts {
  type: string;
  name: string;
  id: string;
  autocomplete: string;
  placeholder: string;
  ariaLabel: string;
  /** The site's own `label="…"` attribute (cosmos-input) and any <label> text. */
  labelText: string;
}

/**
 * Field shapes, matched on type, autocomplete and the words of name, id, placeholder,
 * aria-label and label, never on class names (the site hashes them).
 *
 * A field is recognised by what it is before what it is called: the browser-facing facts
 * (type, autocomplete) and the words the user reads (label, placeholder, aria-label) come
 * before the words of its id and name, which are the site's own and often misleading: the
 * passport's SMS-login phone input is `#fm-sms-login-id`, `type="tel"`, labelled "Phone
 * number". Order matters: a password field is never anything else; a one-time-code field
 * and a field whose label asks for a code are code fields even when they are `type="tel"`
 * for the numeric keypad; "phone verification code" is a code field.
 */
const CODE_WORDS = /\b(?:sms|otp|one[- ]?time|verification code|security code|check ?code|auth ?code|sms ?code|code)\b|認証コード|確認コード|コード|验证码|인증\s?코드|код/;
const PHONE_WORDS = /phone|mobile|\btel\b|cell|電話|携帯|手机|전화|телефон/;
const EMAIL_WORDS = /e-?mail|メール|邮箱|이메일|почт/;
// The identity of a login ("login id", "account"): on an SMS login, that is the phone number.
const LOGIN_ID_WORDS = /\blogin ?id\b|\baccount\b|\busername\b/;

function wordsOf(...parts: string[]): string {
  return parts.join(' ').normalize('NFKC').toLowerCase().replace(/[_-]+/g, ' ');
}

export function hintForField(field: FieldFacts, registrationPage: boolean): HintKind | null {
  const type = field.type.toLowerCase();
  if (type === 'hidden' || type === 'checkbox' || type === 'radio' || type === 'submit' || type === 'button') return null;
  // The forgot-password tip belongs to logging in; a registration form's password is new.
  if (type === 'password') return registrationPage ? null : 'forgot-password';
  const autocomplete = field.autocomplete.toLowerCase();
  const readable = wordsOf(field.placeholder, field.ariaLabel, field.labelText);
  const named = wordsOf(field.name, field.id);

  if (autocomplete === 'one-time-code' || CODE_WORDS.test(readable)) return 'sms';
  if (type === 'tel' || autocomplete.startsWith('tel') || PHONE_WORDS.test(readable)) return 'phone-format';
  if (registrationPage && (type === 'email' || autocomplete === 'email' || EMAIL_WORDS.test(readable))) return 'email-verify';
  // Only the site's own names are left.
  if (PHONE_WORDS.test(named)) return 'phone-format';
  if (CODE_WORDS.test(named)) return LOGIN_ID_WORDS.test(named) ? 'phone-format' : 'sms';
  if (registrationPage && EMAIL_WORDS.test(named)) return 'email-verify';
  return null;
}

/** Registration forms, where the verification e-mail matters. */
export function isRegistrationPage(url: string): boolean {
  try {
    return /register|join|sign-?up|reg\.htm/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

export function factsOf(input: HTMLInputElement): FieldFacts {
  const labels = input.labels ? [...input.labels].map((l) => l.textContent ?? '') : [];
  return {
    type: input.type,
    name: input.name,
    id: input.id,
    autocomplete: input.getAttribute('autocomplete') ?? '',
    placeholder: input.placeholder,
    ariaLabel: input.getAttribute('aria-label') ?? '',
    labelText: [input.getAttribute('label') ?? '', ...labels].join(' '),
  };
}
