import type { Lang } from '../i18n/language';

/**
 * The site's own figures in a message: how long it asks the user to wait ("try again in
 * 30 minutes", 「30分後」, «через 30 минут», "24 hours"). The panel keeps them: a
 * translation says 「30 分後に」, and 今すること says to wait 30 minutes, never
 * 「しばらく」 when the page gave a number.
 */
export type TimeUnit = 'second' | 'minute' | 'hour' | 'day';

export interface Wait {
  amount: number;
  unit: TimeUnit;
}

/**
 * The words that follow a number to make it a time, in the site's languages (en, ja, zh,
 * ko, ru, es, pt, fr, de), matched at the start of what follows the number. Longer words
 * first, so that 分钟 is not read as 分 of something else and `min` not as `m`.
 */
const UNIT_WORDS: readonly [RegExp, TimeUnit][] = [
  [/^(?:seconds?|secs?\b|s\b|秒|초|секунд|сек|segundos?|secondes?|sekunden?)/, 'second'],
  [/^(?:minutes?|mins?\b|m\b|分钟|分鐘|分|분|минут|мин|minutos?|minuten?)/, 'minute'],
  [/^(?:hours?|hrs?\b|h\b|時間|小时|小時|시간|час|horas?|heures?|stunden?)/, 'hour'],
  [/^(?:days?|日|天|일|дн|день|сутки|суток|d[ií]as?|jours?|tagen?|tage\b)/, 'day'],
];

// A number standing on its own: not part of a code such as "error:6T0DWd".
const NUMBER = /(?<![a-z\d])(\d+)(?![a-z\d])\s*/g;

/** The first waiting time the message states, if any. */
export function waitIn(message: string): Wait | undefined {
  const text = message.normalize('NFKC').toLowerCase();
  for (const match of text.matchAll(NUMBER)) {
    const rest = text.slice(match.index + match[0].length);
    const unit = UNIT_WORDS.find(([re]) => re.test(rest))?.[1];
    if (unit) return { amount: Number(match[1]), unit };
  }
  return undefined;
}

/** Every number that stands on its own in a text, as digits ("30", "24"); codes are not numbers. */
export function numbersIn(text: string): string[] {
  return [...text.normalize('NFKC').toLowerCase().matchAll(NUMBER)].map((m) => String(Number(m[1])));
}

const JA_UNIT: Record<TimeUnit, string> = { second: '秒', minute: '分', hour: '時間', day: '日' };

/** "30 分" / "30 minutes": the wait as the reader's language writes it (digits kept). */
export function waitText(wait: Wait, lang: Lang): string {
  if (lang === 'ja') return `${wait.amount} ${JA_UNIT[wait.unit]}`;
  return `${wait.amount} ${wait.unit}${wait.amount === 1 ? '' : 's'}`;
}

/**
 * "After a while" said with the page's figure when it gave one: 「30 分後に」 /
 * "in 30 minutes", else 「しばらくしてから」 / "later".
 */
export function laterText(wait: Wait | undefined, lang: Lang): string {
  if (lang === 'ja') return wait ? `${waitText(wait, 'ja')}後に` : 'しばらくしてから';
  return wait ? `in ${waitText(wait, 'en')}` : 'later';
}
