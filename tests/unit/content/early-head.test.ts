// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '../../../lib/content/context';
import { earlyHeadKit, PANEL_HEAD_CSS } from '../../../components/panel-head';
import { CAPTCHA_VARIANTS, type CaptchaVariant } from '../../../lib/detect/captcha';
import { KINDS } from '../../../lib/detect/kinds';
import { BANNER_VARIANTS } from '../../../lib/detect/variants';
import { createEarlyHeadHost, earlyHeadOf, headKey, mayShowPanel, panelLanguage, type StoredKit, type StoredPrefs } from '../../../lib/content/early-head';
import { PANEL_TAG } from '../../../lib/content/host-tags';
import { Panel } from '../../../components/Panel';
import { NO_PAGE_FACTS } from '../../../lib/explain/situation';
import { guideFor, type PageFacts } from '../../../lib/explain/guide';
import { headOf } from '../../../lib/explain/heads';
import { DEFAULT_LANGUAGE } from '../../../lib/i18n/language';
import { DEFAULT_PREFS, parsePrefs, resolveLanguage } from '../../../lib/storage/prefs';
import { HOST_RESET, mountShadowUi } from '../../../lib/page-ui/shadow-ui';
import { storeEarlyHeadKit } from '../../../lib/storage/items';
import { EARLY_HEAD_KIT_NAME } from '../../../lib/storage/keys';

const VARIANTS: (CaptchaVariant | undefined)[] = [undefined, ...CAPTCHA_VARIANTS];
const PAGES: PageFacts[] = [false, true].flatMap((hasPhoneField) =>
  [false, true].flatMap((hasCodeField) => [false, true].map((hasAppealButton) => ({ hasPhoneField, hasCodeField, hasAppealButton }))),
);

describe('the head of a panel', () => {
  it('is true of every message of its kind: the full panel keeps it, whatever the page and the message', () => {
    for (const kind of KINDS) {
      for (const captchaVariant of VARIANTS) {
        const head = headOf(kind, captchaVariant);
        for (const variant of [undefined, ...BANNER_VARIANTS]) {
          for (const page of PAGES) {
            const guide = guideFor(kind, { ...page, captchaVariant, ...(variant ? { variant } : {}) });
            expect(guide.meaning, `${kind}/${captchaVariant}/${variant}`).toEqual(head.meaning);
            // A message may add a note where the kind's head has none, never change one.
            if (head.note) expect(guide.note, `${kind}/${captchaVariant}/${variant}`).toEqual(head.note);
          }
        }
      }
    }
  });

  it('reassures where the fact sheet allows: a lock usually ends, an anti-bot check is not a lock', () => {
    expect(headOf('captcha', 'slider').note?.ja).toBe('アカウントのロックではありません。');
    expect(headOf('captcha', 'busy').note?.ja).toBe('アカウントの問題ではありません。');
    expect(headOf('wrong-credentials').note).toBeUndefined();
    // A lock's reassurance does not fit "not authorized" (the help center: contact customer
    // service), and the early head does not know the message yet: the full panel adds it.
    expect(headOf('locked').note).toBeUndefined();
    expect(guideFor('locked').note?.ja).toBe('適切に対処すれば、多くの場合は元に戻ります。');
    expect(guideFor('locked', { ...PAGES[0]!, hasAppealButton: true }).note?.ja).toBe('適切に対処すれば、多くの場合は元に戻ります。');
    expect(guideFor('locked', { ...PAGES[0]!, variant: 'not-authorized' }).note).toBeUndefined();
  });
});

describe('the early-head kit', () => {
  const kit = earlyHeadKit();

  it('holds the head of every kind and interception, in both languages, as the panel says it', () => {
    for (const kind of KINDS) {
      for (const variant of kind === 'captcha' ? VARIANTS : [undefined]) {
        const head = headOf(kind, variant);
        for (const lang of ['ja', 'en'] as const) {
          const shown = earlyHeadOf(kit, headKey(kind, variant), lang);
          expect(shown?.lines, `${kind}/${variant}/${lang}`).toEqual([head.meaning[lang], ...(head.note ? [head.note[lang]] : [])]);
        }
      }
    }
  });

  it("draws the head with the panel's own rules, the shadow root's reset first", () => {
    expect(kit.css.startsWith(HOST_RESET)).toBe(true);
    expect(kit.css).toContain(PANEL_HEAD_CSS);
  });

  it('survives storage: the stored value is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(kit))).toEqual(kit);
  });

  it('is shown only when it has the shape this build writes', () => {
    const key = headKey('locked');
    expect(earlyHeadOf(kit, key, 'ja')).not.toBeNull();
    const broken: unknown[] = [
      undefined,
      null,
      'kit',
      [],
      { ...kit, v: 2 },
      { ...kit, css: '' },
      { ...kit, css: 42 },
      { ...kit, heads: null },
      { ...kit, heads: { [key]: { ja: 'アカウントがロックされています' } } },
      { ...kit, heads: { [key]: { ja: [] } } },
      { ...kit, heads: { [key]: { ja: ['', 'note'] } } },
      { ...kit, heads: { [key]: { ja: ['headline', 3] } } },
    ];
    for (const value of broken) expect(earlyHeadOf(value as StoredKit, key, 'ja'), JSON.stringify(value)).toBeNull();
    expect(earlyHeadOf(kit, 'no-such-kind', 'ja')).toBeNull();
  });
});

describe('what the content script reads from the stored preferences, unvalidated', () => {
  it('shows a kind unless the extension is off or the kind was dismissed, like the validated reading', () => {
    const cases: unknown[] = [
      undefined,
      null,
      'x',
      {},
      DEFAULT_PREFS,
      { ...DEFAULT_PREFS, enabled: false },
      { ...DEFAULT_PREFS, enabled: 'no' },
      { ...DEFAULT_PREFS, dismissedKinds: ['locked'] },
      { ...DEFAULT_PREFS, dismissedKinds: ['captcha', 'nonsense', 7] },
      { ...DEFAULT_PREFS, dismissedKinds: 'locked' },
      { enabled: true, dismissedKinds: { locked: true } },
    ];
    for (const raw of cases) {
      const prefs = parsePrefs(raw);
      for (const kind of KINDS) {
        expect(mayShowPanel(raw as StoredPrefs, kind), `${JSON.stringify(raw)} ${kind}`).toBe(prefs.enabled && !prefs.dismissedKinds.includes(kind));
      }
    }
  });

  it('picks the language the panel UI will use', () => {
    const cases: unknown[] = [undefined, {}, { language: 'en' }, { language: 'ja' }, { language: 'auto' }, { language: 'fr' }, { language: 1 }];
    for (const raw of cases) {
      for (const ui of ['ja', 'en-US', 'EN', 'zh-CN']) {
        expect(panelLanguage(raw as StoredPrefs, ui), `${JSON.stringify(raw)} ${ui}`).toBe(resolveLanguage(parsePrefs(raw).language, ui));
      }
    }
    expect(resolveLanguage('something else', 'en-US')).toBe(DEFAULT_LANGUAGE);
  });
});

describe('the early-head host', () => {
  afterEach(() => document.body.replaceChildren());

  const head = () => earlyHeadOf(earlyHeadKit(), headKey('captcha', 'block'), 'ja')!;

  it('is a panel host of the page contract, with the head as text', () => {
    const host = createEarlyHeadHost(document, PANEL_TAG, 'captcha', 'ja', head());
    document.body.append(host);
    expect(host.tagName.toLowerCase()).toBe(PANEL_TAG);
    expect(host.dataset.kind).toBe('captcha');
    // The language on the panel inside: an attribute of the host would tell the page.
    expect(host.hasAttribute('lang')).toBe(false);
    expect(host.getAttribute('class')).toBeNull();
    const root = host.shadowRoot!;
    expect(root.querySelector<HTMLElement>('.panel')!.lang).toBe('ja');
    expect(root.querySelector('h2.headline')?.textContent).toBe('ロボット対策の確認でアクセスが止められています');
    expect(root.querySelector('p.note')?.textContent).toBe('アカウントのロックではありません。');
    expect(root.querySelector('style')?.textContent).toBe(earlyHeadKit().css);
  });

  it('sets its lines as text, never as markup', () => {
    const host = createEarlyHeadHost(document, PANEL_TAG, 'locked', 'en', { css: 'p{}', lines: ['<img src=x onerror=alert(1)>'] });
    expect(host.shadowRoot!.querySelector('img')).toBeNull();
    expect(host.shadowRoot!.querySelector('h2')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(host.shadowRoot!.querySelector('p.note')).toBeNull();
  });

  it("lays out its head as the full panel does: the same elements, the panel's buttons after the titles", () => {
    /** Each element's tag and classes, with its children's, down from `el`. */
    const outline = (el: Element): unknown => [`${el.tagName.toLowerCase()}.${el.className}`, [...el.children].filter((c) => c.tagName !== 'SPAN').map(outline)];
    for (const kind of KINDS) {
      const early = createEarlyHeadHost(document, PANEL_TAG, kind, 'ja', earlyHeadOf(earlyHeadKit(), headKey(kind), 'ja')!).shadowRoot!;
      const full = document.createElement('div');
      // A lock's note joins its head only once the message is known (heads.ts, variantNote):
      // "not authorized" keeps the head as the early head shows it.
      const page = kind === 'locked' ? { ...NO_PAGE_FACTS, variant: 'not-authorized' as const } : NO_PAGE_FACTS;
      const props = { kind, lang: 'ja' as const, quote: '', page, placement: 'inline' as const, composer: { page: '', open: async () => '' } };
      render(h(Panel, { ...props, onClose: () => undefined, onDismissKind: () => undefined }), full);
      const fullHead = full.querySelector('.panel > .head')!;
      expect(outline(fullHead), kind).toEqual([
        'div.head',
        [outline(early.querySelector('.early-head > .head > .titles')!), ['button.icon', []], ['button.icon', []]],
      ]);
      expect(fullHead.querySelector('.titles')!.textContent, kind).toBe(early.querySelector('.titles')!.textContent);
      render(null, full);
    }
  });

  it('is taken over in place by the panel UI: same element, its content replaced', () => {
    const host = createEarlyHeadHost(document, PANEL_TAG, 'locked', 'ja', head());
    document.body.append(host);
    const ui = mountShadowUi(new ContentScriptContext(), { tag: PANEL_TAG, css: 'p{}', host, place: () => undefined });
    expect(ui.host).toBe(host);
    expect(ui.shadow).toBe(host.shadowRoot);
    expect(document.querySelectorAll(PANEL_TAG)).toHaveLength(1);
    expect(host.shadowRoot!.querySelector('.early-head')).toBeNull();
    expect(host.shadowRoot!.querySelector('style')?.textContent).toBe(`${HOST_RESET}\np{}`);
    ui.remove();
    expect(host.isConnected).toBe(false);
  });
});

describe('the stored kit', () => {
  beforeEach(() => fakeBrowser.reset());

  it("is written when the worker starts and the stored one is not this build's, and only then", async () => {
    const kit = earlyHeadKit();
    expect(await storeEarlyHeadKit(kit)).toBe(true);
    expect((await fakeBrowser.storage.local.get(EARLY_HEAD_KIT_NAME))[EARLY_HEAD_KIT_NAME]).toEqual(kit);
    expect(await storeEarlyHeadKit(kit)).toBe(false);
    await fakeBrowser.storage.local.set({ [EARLY_HEAD_KIT_NAME]: { v: 1, css: 'old' } });
    expect(await storeEarlyHeadKit(kit)).toBe(true);
    expect((await fakeBrowser.storage.local.get(EARLY_HEAD_KIT_NAME))[EARLY_HEAD_KIT_NAME]).toEqual(kit);
  });
});

it('every kind and every interception has a head in both languages, the Japanese one in Japanese', () => {
  const heads = [...KINDS.map((kind) => headOf(kind)), ...CAPTCHA_VARIANTS.map((variant) => headOf('captcha', variant))];
  for (const { meaning, note } of heads) {
    for (const line of [meaning, ...(note ? [note] : [])]) {
      expect(line.en.trim()).not.toBe('');
      expect(line.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  }
});
