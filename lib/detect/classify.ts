import type { Kind } from './kinds';
import { normalizeText } from './normalize';
import { AUTH_PAGE_RULES, KIND_PRIORITY, PUNISH_PATH, TEXT_RULES } from './rules/banner-rules';
import { saysAny } from './rules/text-rule';

/** Banner texts are short; a longer block is an article, a review or a whole form. */
export const MAX_BANNER_TEXT = 400;


/** The kind a message's text says, or null. Pure: no DOM, no context. */
export function classifyText(raw: string): Kind | null {
  const text = normalizeText(raw);
  if (text.spaced.length < 4 || text.spaced.length > MAX_BANNER_TEXT) return null;
  for (const kind of KIND_PRIORITY) {
    if (saysAny(TEXT_RULES[kind], text)) return kind;
  }
  return null;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True on login, account-recovery and anti-bot pages (see AUTH_PAGE_RULES). */
export function isAuthPage(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  return AUTH_PAGE_RULES.some(
    (rule) => (!rule.host || rule.host.test(parsed.hostname)) && (!rule.path || rule.path.test(parsed.pathname)),
  );
}

/** The kind a page's address alone says: only the anti-bot punish pages have one. */
export function classifyUrl(url: string): Kind | null {
  const parsed = parseUrl(url);
  return parsed && PUNISH_PATH.test(parsed.pathname) ? 'captcha' : null;
}
