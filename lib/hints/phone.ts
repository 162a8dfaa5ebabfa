/**
 * Japanese phone numbers into the international form AliExpress expects: the country code
 * +81 replaces the leading 0 (080-1234-5678 → +81 80-1234-5678, or +818012345678).
 */
export type JapanesePhoneType = 'mobile' | 'ip' | 'landline';

export type PhoneParse =
  | { ok: true; type: JapanesePhoneType; /** +818012345678 */ e164: string; /** +81 80-1234-5678 */ display: string }
  | { ok: false; reason: 'empty' | 'not-japanese' | 'invalid' };

// Full-width digits, plus and parentheses become ASCII under NFKC; the dash family and the
// long vowel mark (often typed for a hyphen in Japanese input) do not.
const SEPARATOR = '[\\s\\-‐‑‒–—―−ーｰ.()（）]';
const SEPARATORS = new RegExp(SEPARATOR, 'g');
const SEPARATOR_RUNS = new RegExp(`${SEPARATOR}+`);

/** Mobile 070/080/090 and IP phones 050 have 11 digits; landlines 10. */
function classifyNational(national: string): JapanesePhoneType | null {
  if (/^0[789]0\d{8}$/.test(national)) return 'mobile';
  if (/^050\d{8}$/.test(national)) return 'ip';
  if (/^0[1-9]\d{8}$/.test(national) && !/^0(?:[5789]0)/.test(national)) return 'landline';
  return null;
}

export function parseJapanesePhone(input: string): PhoneParse {
  const compact = input.normalize('NFKC').replace(SEPARATORS, '');
  if (compact === '') return { ok: false, reason: 'empty' };
  if (!/^\+?\d+$/.test(compact)) return { ok: false, reason: 'invalid' };

  let national: string;
  if (compact.startsWith('+')) {
    if (!compact.startsWith('+81')) return { ok: false, reason: 'not-japanese' };
    national = compact.slice(3);
  } else if (/^00[1-9]/.test(compact)) {
    // 00 is the international prefix: 0081 is Japan, any other country is not.
    if (!compact.startsWith('0081')) return { ok: false, reason: 'not-japanese' };
    national = compact.slice(4);
  } else if (compact.startsWith('81') && (compact.length === 11 || compact.length === 12)) {
    national = compact.slice(2);
  } else {
    national = compact;
  }
  // "+81 080…" keeps the 0 by mistake; a bare "80…" lost it.
  if (!national.startsWith('0')) national = `0${national}`;

  const type = classifyNational(national);
  if (!type) return { ok: false, reason: 'invalid' };
  const subscriber = national.slice(1);
  return { ok: true, type, e164: `+81${subscriber}`, display: `+81 ${groupDigits(type, subscriber, input)}` };
}

function groupDigits(type: JapanesePhoneType, subscriber: string, original: string): string {
  if (type !== 'landline') return `${subscriber.slice(0, 2)}-${subscriber.slice(2, 6)}-${subscriber.slice(6)}`;
  // Landline area codes are 1 to 4 digits long. Keep the user's own grouping when they typed
  // one (03-1234-5678, 0123-45-6789); Tokyo and Osaka are known; otherwise no separators.
  const groups = original.normalize('NFKC').split(SEPARATOR_RUNS).filter(Boolean);
  if (groups.length === 3 && groups.join('').replace(/^\+?(?:0081|81)?0?/, '') === subscriber) {
    return [groups[0]!.replace(/^\+?(?:0081|81)?0?/, ''), groups[1], groups[2]].join('-');
  }
  if (/^[36]/.test(subscriber)) return `${subscriber[0]}-${subscriber.slice(1, 5)}-${subscriber.slice(5)}`;
  return subscriber;
}
