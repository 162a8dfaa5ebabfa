import { defineConfig } from 'wxt';
import { ALIEXPRESS_MATCHES, GECKO_ID } from './lib/manifest-constants';

/**
 * Firefox settings. 140 is the first ESR that knows `data_collection_permissions`, and it
 * has every API we use (storage.session 115, checkVisibility 106, import() in content
 * scripts 89). WXT 0.21's manifest type does not know the data key yet, hence the cast.
 */
const FIREFOX_GECKO = {
  id: GECKO_ID,
  strict_min_version: '140.0',
  data_collection_permissions: { required: ['none'] },
} as { id: string; strict_min_version: string };
// Firefox for Android learned the data key in 142.
const FIREFOX_ANDROID = { strict_min_version: '142.0' };

export default defineConfig({
  // Manifest V3 in Firefox too: only MV3 lets `web_accessible_resources` name the sites that
  // may load our files. Under MV2 any site could load moz-extension://<per-install UUID>/…
  // once an AliExpress page had read that UUID in the composer frame's address: a stable
  // identifier of the profile for every site (issue 19; README "Firefox: Manifest V3").
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ja',
    // Content scripts are injected through their own `matches`; no extra host permission
    // is requested because the extension makes no requests and injects nothing by API.
    permissions: ['storage'],
    // The panel's UI file, imported by the content script on AliExpress pages only, and the
    // composer page that the panel shows in a frame (lib/messaging/composer-frame.ts); no
    // other site may load them (tests/e2e/firefox/identifiers.spec.ts). Chrome serves them
    // under a per-session id only, so a page cannot probe the fixed extension id for them
    // to learn that we are installed; Firefox does not know `use_dynamic_url` (its ids are
    // per install already).
    web_accessible_resources: [{
      resources: ['panel-ui.js', 'composer.html'],
      matches: ALIEXPRESS_MATCHES,
      ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
    }],
    // The build targets Chrome 105 (vite `build.target` below; `checkVisibility` is used unguarded):
    // older Chromes are told so by the store instead of running a script that throws.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: FIREFOX_GECKO, gecko_android: FIREFOX_ANDROID } } : { minimum_chrome_version: '105' }),
  }),
  vite: () => ({
    // Terser, not esbuild: the content script runs on every page under a size budget, and
    // terser's extra passes take ~2.5 % more off it. Only safe transforms: getters stay
    // (`ctx.isInvalid` has an effect when read).
    // toplevel and unsafe_arrows: -9 B gzip of the content script (no function of ours is called
    // with `new` or reads its own `prototype`, which an arrow would break).
    // target: the oldest browsers we support (checkVisibility: Chrome 105; Firefox 140, above).
    // Vite's default target includes Safari 14, which lacks lookbehind, so every rule with
    // one was shipped as `new RegExp("…")` with doubled escapes: -36 B gzip of the content script.
    // No modulepreload polyfill: both browsers know modulepreload, and in the popup, whose
    // script is classic (entrypoints/popup-app.ts), it was one module fetch more to wait for.
    build: { target: ['chrome105', 'firefox140'], minify: 'terser', terserOptions: { ecma: 2020, toplevel: true, compress: { passes: 3, unsafe_arrows: true } }, modulePreload: { polyfill: false } },
    // utf8: keep Japanese text as UTF-8 bytes instead of six-byte \u escapes.
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact', charset: 'utf8' },
  }),
  zip: {
    // The sources zip that addons.mozilla.org asks for: only what rebuilds the extension
    // (`npm ci && npm run build`), no tests, benchmark, logs or build output.
    excludeSources: [
      '.output/**', '.wxt/**', 'node_modules/**', 'tests/**', 'bench/**', 'scripts/**', '.ci/**',
      'test-results/**', 'playwright-report/**', '**/*.log',
      // The demo's screenshots (`npm run demo`), the README's pictures and the store texts.
      'demo-output/**', 'docs/**', 'store/**',
      'playwright.config.ts', 'vitest.config.ts', 'eslint.config.js',
    ],
  },
});
