import type { NormalizedText } from '../normalize';

/**
 * The shape of a wording rule. Text rules are matched against normalised text (see
 * normalize.ts); rules of the COMPACT_LANGS run on its compact form (no spaces at all), so
 * they never need to allow for spacing, the others on the spaced form.
 */
export type RuleLang =
  | 'en' | 'ja' | 'zh' | 'ko' | 'es' | 'fr' | 'de' | 'pt' | 'ru'
  | 'it' | 'nl' | 'pl' | 'tr' | 'ar' | 'he' | 'th' | 'vi' | 'id';

export interface TextRule {
  lang: RuleLang;
  re: RegExp;
}

/** Rules written as `{ lang: pattern }`, one pattern per language (the shorter form). */
export function byLanguage(patterns: Partial<Record<RuleLang, RegExp>>): TextRule[] {
  return Object.entries(patterns).map(([lang, re]) => ({ lang: lang as RuleLang, re }));
}

/** One pattern that matches where any of these does (a language's patterns as one rule). */
export function anyOf(...patterns: RegExp[]): RegExp {
  return new RegExp(patterns.map((re) => re.source).join('|'));
}

// Thai, like Japanese and Chinese, does not put spaces between words.
export const COMPACT_LANGS: ReadonlySet<RuleLang> = new Set('ja zh ko th'.split(' ') as RuleLang[]);

/** Whether any of the rules matches the text, each on the form its language needs. */
export function saysAny(rules: readonly TextRule[], text: NormalizedText): boolean {
  return rules.some((rule) => rule.re.test(COMPACT_LANGS.has(rule.lang) ? text.compact : text.spaced));
}
