/** The inline hints of the page contract (`ali-lock-guide-hint[data-hint]`). */
export const HINT_KINDS = ['phone-format', 'sms', 'email-verify', 'forgot-password'] as const;
export type HintKind = (typeof HINT_KINDS)[number];

/** What can be read about a field without reading its value. */
export interface FieldFacts {
  type: string;
  name: string;
  id: string;
  autocomplete: string;
  inputMode: string;
  placeholder: string;
  ariaLabel: string;
  /** The site's own `label="…"` attribute (cosmos-input) and any <label> text. */
  labelText: string;
}

/**
 * Field shapes, matched on type, autocomplete and the words of name, id, placeholder,
 * aria-label and label, never on class names (the site hashes them). Order matters: a
 * password field is never anything else, and "phone verification code" is a code field.
 */
const CODE_WORDS = /\b(?:sms|otp|one[- ]?time|verification code|security code|check ?code|auth ?code|code)\b|認証コード|確認コード|コード|验证码|인증\s?코드|код/;
const PHONE_WORDS = /phone|mobile|\btel\b|cell|電話|携帯|手机|전화|телефон/;
const EMAIL_WORDS = /e-?mail|メール|邮箱|이메일|почт/;

export function hintForField(field: FieldFacts, registrationPage: boolean): HintKind | null {
  const type = field.type.toLowerCase();
  if (type === 'hidden' || type === 'checkbox' || type === 'radio' || type === 'submit' || type === 'button') return null;
  // The forgot-password tip belongs to logging in; a registration form's password is new.
  if (type === 'password') return registrationPage ? null : 'forgot-password';
  const words = [field.name, field.id, field.placeholder, field.ariaLabel, field.labelText]
    .join(' ')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[_-]+/g, ' ');
  if (field.autocomplete.toLowerCase() === 'one-time-code' || CODE_WORDS.test(words)) return 'sms';
  if (type === 'tel' || field.autocomplete.toLowerCase().startsWith('tel') || PHONE_WORDS.test(words)) return 'phone-format';
  if (registrationPage && (type === 'email' || EMAIL_WORDS.test(words))) return 'email-verify';
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
    inputMode: input.inputMode,
    placeholder: input.placeholder,
    ariaLabel: input.getAttribute('aria-label') ?? '',
    labelText: [input.getAttribute('label') ?? '', ...labels].join(' '),
  };
}
