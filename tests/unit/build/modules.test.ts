import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { InlineConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import contextModule, { CONTEXT_SPECIFIER, OWN_CONTEXT } from '../../../modules/content-script-context';
import { localeYaml } from '../../../modules/locale-yaml';
import { usePlainBrowser } from '../../../modules/plain-browser-in-page-scripts';
import { preactWithoutHtmlSink } from '../../../modules/preact-without-html-sink';

const ROOT = resolve(__dirname, '../../..');

type Hook = (...args: unknown[]) => unknown;
/** Enough of WXT's instance for a module's setup: its hooks, recorded, and its config. */
function fakeWxt() {
  const hooks = new Map<string, Hook[]>();
  const wxt = {
    config: { root: ROOT, alias: {} as Record<string, string> },
    hooks: { hook: (name: string, fn: Hook) => void hooks.set(name, [...(hooks.get(name) ?? []), fn]) },
    logger: { warn: () => undefined },
  };
  const call = async (name: string, ...args: unknown[]) => {
    for (const fn of hooks.get(name) ?? []) await fn(...args);
  };
  return { wxt, call };
}

describe('content-script context module', () => {
  it("points the specifier WXT's content-script entry imports its context from at ours", async () => {
    const entry = readFileSync(resolve(ROOT, 'node_modules/wxt/dist/virtual/content-script-isolated-world-entrypoint.mjs'), 'utf8');
    expect(entry, 'WXT changed how its entry gets the context: review modules/content-script-context.ts').toContain(
      `import { ContentScriptContext } from "${CONTEXT_SPECIFIER}";`,
    );
    const { wxt, call } = fakeWxt();
    await contextModule.setup!(wxt as never, undefined as never);
    await call('config:resolved', wxt);
    expect(wxt.config.alias[CONTEXT_SPECIFIER]).toBe(resolve(ROOT, OWN_CONTEXT));
  });
});

describe('plain browser in page scripts', () => {
  const config = (): InlineConfig => ({ resolve: { alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser', '@': '/x' } } });

  it('takes the polyfill out of the content script and the panel UI only', () => {
    const page = config();
    usePlainBrowser([{ type: 'content-script' }, { type: 'unlisted-script' }], page);
    expect(page.resolve!.alias).toEqual({ '@': '/x' });
    const popup = config();
    usePlainBrowser([{ type: 'popup' }], popup);
    expect(popup.resolve!.alias).toHaveProperty('wxt/browser');
  });

  it('fails the build when the alias is not where it was', () => {
    expect(() => usePlainBrowser([{ type: 'content-script' }], { resolve: { alias: {} } })).toThrow(/review this module/);
    expect(() => usePlainBrowser([{ type: 'content-script' }], { resolve: { alias: [] } })).toThrow(/review this module/);
  });
});

describe('preact without its HTML sink', () => {
  type Transform = (code: string, id: string) => { code: string } | null;
  const transform = preactWithoutHtmlSink().transform as unknown as Transform;
  const PREACT = resolve(ROOT, 'node_modules/preact/dist/preact.mjs');

  it("takes the innerHTML assignment out of Preact's build, and only there", () => {
    const original = readFileSync(PREACT, 'utf8');
    const sink = /\.innerHTML=[^=]/;
    expect(original).toMatch(sink);
    expect(transform(original, PREACT)!.code).not.toMatch(sink);
    expect(transform(original, '/x/lib/page-ui/panels.tsx')).toBeNull();
  });

  it('fails the build when the sink moved', () => {
    expect(() => transform('export const x = 1;', PREACT)).toThrow(/review this plugin/);
  });
});

describe('locale files', () => {
  it('load as plain objects', () => {
    const load = localeYaml().load as unknown as (id: string) => string | null;
    const code = load(resolve(ROOT, 'locales/ja.yml'))!;
    const messages = JSON.parse(code.replace(/^export default |;$/g, '')) as Record<string, string>;
    expect(typeof messages.extName).toBe('string');
    expect(load(resolve(ROOT, 'lib/i18n/language.ts'))).toBeNull();
  });
});
