import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYAML } from 'confbox';
import { describe, expect, it } from 'vitest';

/** The store listings (store/README.md): each field within its store's limit. */
const STORE = fileURLToPath(new URL('../../store', import.meta.url));
const LOCALES = fileURLToPath(new URL('../../locales', import.meta.url));
const LANGUAGES = ['ja', 'en'] as const;

const read = (path: string) => readFileSync(join(STORE, path), 'utf8').trim();
/** Characters as the stores count them (code points, not UTF-16 units). */
const length = (text: string) => [...text].length;

describe.each(LANGUAGES)('store texts (%s)', (language) => {
  it('Chrome Web Store: the short description is the manifest description, at most 132 characters', () => {
    const short = read(`chrome-web-store/short-description.${language}.txt`);
    const locale = parseYAML<{ extDescription: string }>(readFileSync(join(LOCALES, `${language}.yml`), 'utf8'));
    expect(short).toBe(locale.extDescription);
    expect(length(short)).toBeLessThanOrEqual(132);
    expect(short).not.toContain('\n');
  });

  it('addons.mozilla.org: the summary is one paragraph of at most 250 characters', () => {
    const summary = read(`addons-mozilla-org/summary.${language}.txt`);
    expect(length(summary)).toBeGreaterThan(40);
    expect(length(summary)).toBeLessThanOrEqual(250);
    expect(summary).not.toContain('\n');
  });

  it('both stores: a description within the Chrome Web Store limit, naming the one permission', () => {
    for (const store of ['chrome-web-store', 'addons-mozilla-org']) {
      const description = read(`${store}/description.${language}.txt`);
      expect(length(description)).toBeGreaterThan(500);
      expect(length(description)).toBeLessThanOrEqual(16_000);
      expect(description).toContain('storage');
    }
  });
});
