import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyPrefsPatch, DEFAULT_PREFS, parsePrefs, prefsPatchSchema, resolveLanguage, type Prefs } from '../../../lib/storage/prefs';
import { applyProgressChange, migrateProgressV1, parseProgress } from '../../../lib/storage/progress';
import { defineStorageItems } from '../../../lib/storage/items';

beforeEach(() => fakeBrowser.reset());

describe('preferences', () => {
  it('defaults to on, hints on, Japanese, nothing dismissed', async () => {
    expect(DEFAULT_PREFS).toEqual({ enabled: true, inlineHints: true, language: 'ja', dismissedKinds: [] });
    expect(await defineStorageItems().readPrefs()).toEqual(DEFAULT_PREFS);
  });

  it.each([undefined, null, 'on', 42, ['enabled'], true])('falls back to the defaults for %j', (raw) => {
    expect(parsePrefs(raw)).toEqual(DEFAULT_PREFS);
  });

  it('replaces each bad field with its default and keeps the valid ones', () => {
    expect(parsePrefs({ enabled: false, inlineHints: 'yes', language: 'fr', dismissedKinds: 'captcha' })).toEqual({
      enabled: false,
      inlineHints: true,
      language: 'ja',
      dismissedKinds: [],
    });
    expect(parsePrefs({ language: 'en', dismissedKinds: ['captcha', 'nonsense', 7, 'captcha', 'locked'], extra: 1 })).toEqual({
      ...DEFAULT_PREFS,
      language: 'en',
      dismissedKinds: ['captcha', 'locked'],
    });
  });

  it('never throws on a bad stored value', async () => {
    await fakeBrowser.storage.local.set({ prefs: { enabled: 'maybe', dismissedKinds: { x: 1 } }, prefs$: { v: 2 } });
    expect(await defineStorageItems().readPrefs()).toEqual(DEFAULT_PREFS);
  });

  it('migrates the version-1 shape written by hand', async () => {
    await fakeBrowser.storage.local.set({
      prefs: { disabled: true, hideHints: false, locale: 'en', hiddenKinds: { captcha: true, locked: false, bogus: true } },
    });
    const items = defineStorageItems();
    expect(await items.readPrefs()).toEqual({ enabled: false, inlineHints: true, language: 'en', dismissedKinds: ['captcha'] });
    expect(await fakeBrowser.storage.local.get('prefs$')).toEqual({ 'prefs$': { v: 2 } });
  });

  it('migrates stored version-1 progress on start, keeping every action and cause tick', async () => {
    await fakeBrowser.storage.local.set({
      progress: { checked: ['step.allow-sms', 'cause.others-card', 'faq.no-phone-screen', 'faq.is-it-locked'], updatedAt: 3 },
      progress$: { v: 1 },
    });
    const items = defineStorageItems();
    expect(await items.readProgress()).toEqual({ checked: ['step.allow-sms', 'cause.others-card', 'support.no-phone-screen'], updatedAt: 3 });
    expect(await fakeBrowser.storage.local.get('progress$')).toEqual({ progress$: { v: 2 } });
  });

  it('migrates an empty locale to automatic', async () => {
    await fakeBrowser.storage.local.set({ prefs: { disabled: false, locale: '' } });
    expect((await defineStorageItems().readPrefs()).language).toBe('auto');
  });

  it('accepts only known settings in a change', () => {
    expect(prefsPatchSchema.safeParse({ enabled: false }).success).toBe(true);
    expect(prefsPatchSchema.safeParse({ enabled: 'no' }).success).toBe(false);
    expect(prefsPatchSchema.safeParse({ theme: 'dark' }).success).toBe(false);
    expect(prefsPatchSchema.safeParse({ dismissedKinds: ['not-a-kind'] }).success).toBe(false);
    expect(applyPrefsPatch(DEFAULT_PREFS, { dismissedKinds: ['captcha', 'captcha'] }).dismissedKinds).toEqual(['captcha']);
  });

  it('resolves the automatic language from the browser, Japanese unless English', () => {
    expect(resolveLanguage('auto', 'ja')).toBe('ja');
    expect(resolveLanguage('auto', 'en-US')).toBe('en');
    expect(resolveLanguage('auto', 'ko')).toBe('ja');
    expect(resolveLanguage('en', 'ja')).toBe('en');
  });
});

describe('a missing or damaged version key', () => {
  const V2: Prefs = { enabled: false, inlineHints: true, language: 'en', dismissedKinds: ['locked'] };

  it.each([
    ['missing', undefined],
    ['a string', 'garbage'],
    ['a number', 2],
    ['an array', ['v', 2]],
    ['an object without a version', { x: 1 }],
    ['an object with a text version', { v: 'two' }],
    ['a version from the future', { v: 9 }],
  ])('is %s: valid current data is kept, and the key is rebuilt from it', async (_label, meta) => {
    await fakeBrowser.storage.local.set({ prefs: V2, ...(meta === undefined ? {} : { prefs$: meta }) });
    const items = defineStorageItems();
    expect(await items.readPrefs()).toEqual(V2);
    const stored = await fakeBrowser.storage.local.get(['prefs', 'prefs$']);
    expect(stored.prefs).toEqual(V2);
    expect(stored.prefs$).toEqual(meta !== null && typeof meta === 'object' && !Array.isArray(meta) ? { ...meta, v: 2 } : { v: 2 });
    // And the next write is clean too.
    await items.writePrefs({ ...V2, enabled: true });
    expect((await fakeBrowser.storage.local.get('prefs$')).prefs$).toEqual(stored.prefs$);
  });

  it('is missing over first-shape data: that data is migrated', async () => {
    await fakeBrowser.storage.local.set({ prefs: { disabled: true, locale: 'en' }, prefs$: 'garbage' });
    expect(await defineStorageItems().readPrefs()).toEqual({ ...DEFAULT_PREFS, enabled: false, language: 'en' });
    expect((await fakeBrowser.storage.local.get('prefs$')).prefs$).toEqual({ v: 2 });
  });

  it('says version 1 over current data: the migration keeps the data', async () => {
    await fakeBrowser.storage.local.set({ prefs: V2, prefs$: { v: 1 } });
    expect(await defineStorageItems().readPrefs()).toEqual(V2);
  });

  it('stands alone without a value: it is removed, and the first write sets it', async () => {
    await fakeBrowser.storage.local.set({ prefs$: 'garbage' });
    const items = defineStorageItems();
    expect(await items.readPrefs()).toEqual(DEFAULT_PREFS);
    expect(await fakeBrowser.storage.local.get('prefs$')).toEqual({});
    await items.writePrefs({ ...DEFAULT_PREFS, language: 'en' });
    expect((await fakeBrowser.storage.local.get('prefs$')).prefs$).toEqual({ v: 2 });
  });

  it('is left alone when it is valid', async () => {
    await fakeBrowser.storage.local.set({ prefs: V2, prefs$: { v: 2, note: 'kept' } });
    expect(await defineStorageItems().readPrefs()).toEqual(V2);
    expect((await fakeBrowser.storage.local.get('prefs$')).prefs$).toEqual({ v: 2, note: 'kept' });
  });

  it('over a value that is no settings object at all: defaults are read, nothing is written', async () => {
    await fakeBrowser.storage.local.set({ prefs: 'nonsense', prefs$: 'garbage' });
    expect(await defineStorageItems().readPrefs()).toEqual(DEFAULT_PREFS);
    expect((await fakeBrowser.storage.local.get('prefs')).prefs).toBe('nonsense');
  });
});

describe('progress', () => {
  it('keeps known ticked items and drops the rest', () => {
    expect(parseProgress({ checked: ['step.phone-format', 'step.gone', 'step.phone-format'], updatedAt: 5 })).toEqual({
      checked: ['step.phone-format'],
      updatedAt: 5,
    });
    expect(parseProgress({ checked: 'x', updatedAt: -1 })).toEqual({ checked: [], updatedAt: 0 });
    expect(parseProgress('garbage')).toEqual({ checked: [], updatedAt: 0 });
  });

  it('migrates version 1 ticks without losing an action or a cause', () => {
    const v1 = {
      checked: ['step.phone-format', 'support.appeal', 'cause.new-device', 'faq.no-phone-screen', 'faq.stay-calm'],
      updatedAt: 7,
    };
    expect(migrateProgressV1(v1)).toEqual({
      checked: ['step.phone-format', 'support.appeal', 'cause.new-device', 'support.no-phone-screen'],
      updatedAt: 7,
    });
    // A tick on the question and on its action both become the one action.
    expect(migrateProgressV1({ checked: ['faq.no-phone-screen', 'support.no-phone-screen'], updatedAt: 1 }).checked).toEqual([
      'support.no-phone-screen',
    ]);
  });

  it('ticks and unticks', () => {
    const ticked = applyProgressChange({ checked: [], updatedAt: 0 }, 'step.allow-sms', true, 10);
    expect(ticked).toEqual({ checked: ['step.allow-sms'], updatedAt: 10 });
    expect(applyProgressChange(ticked, 'step.allow-sms', false, 11)).toEqual({ checked: [], updatedAt: 11 });
  });
});
