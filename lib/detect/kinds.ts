/** The banner kinds of the page contract (DESIGN.md), in no particular order. */
export const KINDS = [
  'locked',
  'restricted',
  'deleted',
  'verification',
  'wrong-credentials',
  'too-many-attempts',
  'sms-code',
  'email-unverified',
  'captcha',
  'browser-unsupported',
] as const;

export type Kind = (typeof KINDS)[number];

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}
