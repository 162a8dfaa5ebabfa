import { readFileSync } from 'node:fs';
import { parseYAML } from 'confbox';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { GECKO_ID } from './lib/manifest-constants';

/**
 * Lets extension code import `locales/*.yml` as plain objects. The manifest's strings go
 * through the browser's i18n (the @wxt-dev/i18n module builds `_locales`), but the panel
 * and popup follow the user's chosen language, which `browser.i18n` cannot switch.
 */
export function localeYaml(): Plugin {
  return {
    name: 'locale-yaml',
    load(id) {
      if (!/\/locales\/[a-z]{2}\.yml$/.test(id)) return null;
      const data = parseYAML(readFileSync(id, 'utf8'));
      return `export default ${JSON.stringify(data)};`;
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ja',
    // Content scripts are injected through their own `matches`; no extra host permission
    // is requested because the extension makes no requests and injects nothing by API.
    permissions: ['storage'],
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: GECKO_ID } } } : {}),
  }),
  vite: () => ({
    plugins: [localeYaml()],
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  zip: {
    excludeSources: ['.output/**', 'test-results/**', 'playwright-report/**', 'bench/results.json', 'node_modules/**', '.wxt/**'],
  },
});
