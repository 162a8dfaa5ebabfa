import type { Kind } from '../lib/detect/kinds';

/**
 * What `npm run demo` shows, in order. Each scene names an e2e fixture page by its file
 * (tests/fixtures/pages.ts): the demo and the tests run on the one set of pages, served at
 * the addresses that list gives them.
 */
export type Disclosure = 'causes' | 'support' | 'faq' | 'compose';

/** A screenshot's state: the panel as it first appears, opened up, in dark mode, or the scene's one shot. */
export type ShotState = 'first' | Disclosure | 'dark' | 'shot';

export interface DemoScene {
  /** The screenshots' file-name stem, e.g. `01-locked` → `01-locked-first.png`. */
  id: string;
  /** The fixture page (`tests/fixtures/pages/<file>`), looked up in FIXTURE_PAGES. */
  file: string;
  /** One line for the console and the headed mode's list. */
  title: string;
  /** What the scene shows: a panel, an inline hint while a number is typed, or the popup. */
  show:
    | { panel: Kind; open: Disclosure[] }
    | { hint: 'phone-format'; field: string; type: string }
    | { popup: true };
  /** Also taken in dark mode. */
  dark?: boolean;
  /**
   * Screenshots of this scene that the README shows: state → file name under
   * docs/screenshots/, written there cropped by `npm run demo -- --update-docs`.
   */
  docs?: Partial<Record<ShotState, string>>;
}

export const DEMO_SCENES: readonly DemoScene[] = [
  {
    id: '01-locked',
    file: 'login-locked-modal.html',
    title: 'Account locked (new login page, modal)',
    show: { panel: 'locked', open: ['causes', 'compose'] },
    dark: true,
    docs: { first: 'locked-panel.png', compose: 'locked-compose.png' },
  },
  {
    id: '02-wrong-credentials',
    file: 'login-wrong-password.html',
    title: 'Wrong account or password',
    show: { panel: 'wrong-credentials', open: ['support'] },
    docs: { first: 'wrong-password-panel.png' },
  },
  {
    id: '03-restricted',
    file: 'spa-item-to-login.html',
    title: 'Account restricted (after an in-page navigation to the login form)',
    show: { panel: 'restricted', open: ['causes'] },
  },
  {
    id: '04-deleted',
    file: 'login-deleted-ru.html',
    title: 'Account deleted (Russian site: the banner is translated)',
    show: { panel: 'deleted', open: ['support'] },
  },
  {
    id: '05-verification',
    file: 'recover-verification.html',
    title: 'Identity verification (account recovery)',
    show: { panel: 'verification', open: ['support'] },
  },
  {
    id: '06-too-many-attempts',
    file: 'item-with-mini-login.html',
    title: 'Too many attempts, in the mini-login iframe of an item page',
    show: { panel: 'too-many-attempts', open: ['support'] },
  },
  {
    id: '07-sms-code',
    file: 'login-late-sms.html',
    title: 'SMS code failed (phone verification, toast)',
    show: { panel: 'sms-code', open: ['compose'] },
  },
  {
    id: '08-email-unverified',
    file: 'login-hidden-then-shown.html',
    title: 'E-mail address not verified (registration)',
    show: { panel: 'email-unverified', open: ['support'] },
  },
  {
    id: '09-captcha-slider',
    file: 'punish-slider.html',
    title: 'Anti-bot slider page',
    show: { panel: 'captcha', open: ['compose'] },
  },
  {
    id: '10-browser-unsupported',
    file: 'login-filled-later.html',
    title: 'Browser not supported',
    show: { panel: 'browser-unsupported', open: ['compose'] },
  },
  {
    id: '11-captcha-block',
    file: 'punish-deny.html',
    title: 'Anti-bot block page ("deny")',
    show: { panel: 'captcha', open: ['compose'] },
  },
  {
    id: '12-phone-hint',
    file: 'login-phone-form.html',
    title: 'Phone-number hint while a Japanese number is typed',
    show: { hint: 'phone-format', field: '#phone', type: '090-1234-5678' },
    docs: { shot: 'phone-hint.png' },
  },
  {
    id: '13-sms-login',
    file: 'login-sms.html',
    title: 'SMS-login form with the phone hint',
    show: { hint: 'phone-format', field: '#fm-sms-login-id', type: '090-1234-5678' },
  },
  {
    id: '14-popup',
    file: 'login-locked-modal.html',
    title: 'Toolbar popup for a tab that shows a lock',
    show: { popup: true },
    docs: { shot: 'popup.png' },
  },
  {
    id: '15-not-authorized',
    file: 'login-not-authorized.html',
    title: '"Not authorized to sign into this account" (the help center: customer service)',
    show: { panel: 'locked', open: ['compose'] },
    docs: { first: 'not-authorized-panel.png' },
  },
  {
    id: '16-checkout-hold',
    file: 'checkout-hold-ja.html',
    title: 'Order stopped at the checkout for security reasons (Japanese checkout)',
    show: { panel: 'verification', open: ['support'] },
    dark: true,
    docs: { first: 'checkout-hold-panel.png', dark: 'checkout-hold-panel-dark.png' },
  },
];
