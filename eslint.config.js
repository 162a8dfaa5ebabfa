import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'demo-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Page text is data: never let it reach an HTML sink.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page text as text.' },
        { property: 'outerHTML', message: 'Render page text as text.' },
        { property: 'insertAdjacentHTML', message: 'Render page text as text.' },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'The extension makes no requests.' }],
    },
  },
  {
    // The every-page bundle (content script) runs on every AliExpress page under a 12 KB
    // gzip budget: the lazily loaded panel UI and its libraries stay out of it. Types may
    // cross (they cost nothing at run time).
    files: ['lib/detect/**', 'lib/content/**', 'entrypoints/content/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'wxt/utils/content-script-context', allowTypeImports: true, message: 'Import the context type from lib/content/context.' },
          ],
          patterns: [
            { group: ['zod', 'zod/*', 'preact', 'preact/*', '@wxt-dev/*', '@webext-core/*', 'webextension-polyfill'], message: 'Too big for the every-page bundle: the panel UI (lib/page-ui) uses it.' },
            { group: ['**/page-ui/*', '**/components/*'], allowTypeImports: true, message: 'The lazy panel UI: the content script imports panel-ui.js on demand (lib/content/panel-loader.ts).' },
            { group: ['**/explain/*', '**/messaging/*', '**/background/*', '**/hints/*', '**/i18n/ui-strings'], allowTypeImports: true, message: 'Not in the every-page bundle.' },
            { group: ['**/storage/*', '!**/storage/keys'], allowTypeImports: true, message: 'Only storage/keys is light enough for the every-page bundle.' },
          ],
        },
      ],
    },
  },
  {
    // Pure logic: testable without a browser page.
    files: ['lib/explain/**', 'lib/storage/**', 'lib/messaging/**', 'lib/background/**', 'lib/i18n/**', 'lib/hints/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'The extension makes no requests.' },
        ...['window', 'document', 'location', 'MutationObserver', 'getComputedStyle', 'requestAnimationFrame', 'customElements'].map((name) => ({
          name,
          message: 'No page here: this folder is pure logic (lib/page-ui and lib/content touch the page).',
        })),
      ],
    },
  },
  {
    // Tests build fixture documents from strings on purpose.
    files: ['tests/**', 'bench/**'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-globals': 'off' },
  },
);
