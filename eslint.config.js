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
    // Tests build fixture documents from strings on purpose.
    files: ['tests/**', 'bench/**'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-globals': 'off' },
  },
);
