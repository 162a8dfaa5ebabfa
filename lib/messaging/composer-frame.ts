import * as z from 'zod/mini';
import type { Lang } from '../i18n/language';
import { SUPPORT_SITUATIONS, type SupportSituation } from '../explain/support-message';

/**
 * The panel's composer runs in an extension page inside an `<iframe>` in the panel (issue
 * 12): the panel's shadow root is open and key events are composed, so a page script could
 * read every character typed into a composer in the page itself. It cannot read a
 * cross-origin frame's fields or see its key events.
 *
 * But the page reaches the frame element (the shadow root is open) and the composer page
 * itself (it is web-accessible on AliExpress), so (issue 19) nothing the composer presents
 * comes from its address: the panel registers what the composer is for with the background,
 * which answers with a one-time token; the address carries only that token, and the
 * composer asks the background for what it stands for. The page's own message travels
 * inside that registration, and the composer shows it as the page's, in quotes. The frame
 * tells the panel nothing back: no channel the page could take first, no height.
 */
export const COMPOSER_PAGE = '/composer.html';

/** The banner's words are capped as the panel quotes them (and the message cuts them at 300). */
export const COMPOSER_QUOTE_LIMIT = 300;

/** What a composer is opened for, as the panel decided it. */
export interface ComposerSituation {
  lang: Lang;
  situation: SupportSituation;
  /** The banner's own words (empty when it has none): page text, shown as the page's. */
  quote: string;
}

export const composerSituationSchema = z.strictObject({
  lang: z.enum(['ja', 'en']),
  situation: z.enum(SUPPORT_SITUATIONS),
  quote: z.string().check(z.maxLength(COMPOSER_QUOTE_LIMIT)),
});

/** 128 random bits, as hex: not guessed, and nothing else fits the address. */
const TOKEN_PATTERN = /^[0-9a-f]{32}$/;
export const composerTokenSchema = z.string().check(z.regex(TOKEN_PATTERN));

export function newComposerToken(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  return [...random(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The composer's address: its page and the token, nothing else. */
export function composerFrameAddress(page: string, token: string): string {
  return `${page}#${token}`;
}

/** The token in the composer's fragment (`location.hash`), or null: anything else in it is ignored. */
export function composerTokenFrom(hash: string): string | null {
  const token = hash.replace(/^#/, '');
  return TOKEN_PATTERN.test(token) ? token : null;
}

/**
 * How long a token waits for its composer: the frame asks as soon as its page has loaded,
 * well within this on a slow machine. A token not taken by then is dropped.
 */
export const COMPOSER_TOKEN_TTL_MS = 60_000;
/** Tokens waiting at once, in the whole browser: each needs the user's click on "英文を作る". */
export const COMPOSER_TOKENS_MAX = 32;

interface Waiting extends ComposerSituation {
  tabId: number;
  expires: number;
}

/**
 * The background's registrations, in the worker's memory only: they hold the page's
 * message, which is never stored (PRIVACY.md). A registration is taken within a moment of
 * being made (the composer loads right after), and the worker lives on for far longer
 * after each message; a worker started again in between knows no token, and the composer
 * asks the user to open it from the panel again. The panel registers anew each time its
 * frame loads again, so a restart before the composer opens loses nothing.
 */
export function createComposerTokens(
  now: () => number = Date.now,
  token: () => string = () => newComposerToken(),
  // The page's words leave memory when the token expires, even if no composer ever asks.
  later: (run: () => void, ms: number) => void = (run, ms) => void setTimeout(run, ms),
) {
  const waiting = new Map<string, Waiting>();
  const dropExpired = () => {
    for (const [key, entry] of waiting) if (entry.expires <= now()) waiting.delete(key);
  };
  return {
    /** A new token for the composer a panel in `tabId` opens. */
    register(tabId: number, situation: ComposerSituation): string {
      dropExpired();
      // Map order is insertion order: the oldest goes first.
      while (waiting.size >= COMPOSER_TOKENS_MAX) waiting.delete(waiting.keys().next().value!);
      const key = token();
      waiting.set(key, { ...situation, tabId, expires: now() + COMPOSER_TOKEN_TTL_MS });
      later(dropExpired, COMPOSER_TOKEN_TTL_MS);
      return key;
    },
    /**
     * What the token stands for, once: only to a composer in the tab it was made for, and
     * only before it expires. A second look, or an unknown token, gives null.
     */
    take(tabId: number, key: string): ComposerSituation | null {
      dropExpired();
      const entry = waiting.get(key);
      if (!entry || entry.tabId !== tabId) return null;
      waiting.delete(key);
      return { lang: entry.lang, situation: entry.situation, quote: entry.quote };
    },
  };
}
