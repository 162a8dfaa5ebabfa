import { describe, expect, it } from 'vitest';
import { LOCALE_MESSAGES, t } from '../../../lib/i18n/ui-strings';

describe('locales', () => {
  it('ja and en have the same keys', () => {
    expect(Object.keys(LOCALE_MESSAGES.en).sort()).toEqual(Object.keys(LOCALE_MESSAGES.ja).sort());
  });

  it.each(['ja', 'en'] as const)('%s has no empty value', (lang) => {
    for (const [key, value] of Object.entries(LOCALE_MESSAGES[lang])) {
      expect(typeof value, key).toBe('string');
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('looks strings up in the chosen language', () => {
    expect(t('ja', 'panelClose')).toMatch(/[\u3040-\u30ff]/);
    expect(t('en', 'panelClose')).toBe('Close this guide');
  });
});
