/** The banner kinds of the page contract (docs/DESIGN.md), in no particular order. */
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
