import { readFileSync } from 'node:fs';
import { parseYAML } from 'confbox';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { ALIEXPRESS_MATCHES, GECKO_ID } from './lib/manifest-constants';

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

/**
 * Removes Preact's one HTML sink (`dangerouslySetInnerHTML` → `el.innerHTML = …`). Nothing
 * of ours uses it, page text must never become markup, and Firefox's linter rightly flags
 * it. Fails the build if the pattern is gone, so a Preact upgrade is looked at.
 */
export function preactWithoutHtmlSink(): Plugin {
  const SINK = /\(([A-Za-z_$][\w$]*)\.innerHTML=([A-Za-z_$][\w$]*)\.__html\)/g;
  return {
    name: 'preact-without-html-sink',
    transform(code, id) {
      if (!/node_modules\/preact\/dist\/preact\.mjs$/.test(id)) return null;
      if (!SINK.test(code)) throw new Error('preact-without-html-sink: the innerHTML sink moved; review this plugin');
      return { code: code.replace(SINK, '(void 0)'), map: null };
    },
  };
}

/**
 * WXT 0.21's `ContentScriptContext` announces each start to the page: a `window.postMessage`
 * whose type holds the extension id (so any page learns we are installed), and a listener for
 * a `CustomEvent` of that type on `document` that invalidates the running script (so any page
 * can switch us off). Both are page-visible, and no copy of ours needs them: Chrome does not
 * inject a new copy into an open page after an update (the old copy notices the extension id
 * is gone, see lib/shadow-ui.ts), and Firefox unloads the old copy before injecting the new
 * one (which then replaces what the old one left, see entrypoints/panel-ui/guide.ts). This
 * takes the two calls out of the constructor, and the methods with them. Fails the build if
 * the code moved, so a WXT upgrade is looked at (upstream: `noScriptStartedPostMessage`).
 *
 * It also takes out:
 * - what only those messages used (their type, the copy's random id);
 * - the location watcher: it announces each address change with a `window` event whose type
 *   holds the extension id, which a page can hear and forge (lib/detect/address-watch.ts
 *   listens to the Navigation API itself, and nothing on the page can trigger it);
 * - the timer helpers (`block`, `setInterval`, `setTimeout`, `requestAnimationFrame`,
 *   `requestIdleCallback`): each call adds an invalidation listener that is never released,
 *   so our code uses plain timers (lib/shadow-ui.ts, hints).
 * The content script runs on every page under a size budget; none of this is used.
 */
export function contentScriptContextWithoutPageMessages(): Plugin {
  // A documented method at one tab of indentation: `/** … */ name(…) { … }`.
  const method = (name: string) =>
    new RegExp(`\\n\\t/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/\\n\\t${name}\\([^)]*\\) \\{\\n[\\s\\S]*?\\n\\t\\}(?=\\n)`);
  /** Each cut and what takes its place. Every one must be found, or the build fails. */
  const CUTS: [RegExp, string][] = [
    [/\n\t\tthis\.stopOldScripts\(\);\n\t\tthis\.listenForNewerScripts\(\);/, ''],
    [/\n\tstopOldScripts\(\) \{[\s\S]*?\n\tlistenForNewerScripts\(\) \{[\s\S]*?\n\t\}\n(?=\};)/, '\n'],
    [/\n\tstatic SCRIPT_STARTED_MESSAGE_TYPE = getUniqueEventName\("wxt:content-script-started"\);/, ''],
    [/\n\tid;/, ''],
    [/\n\t\tthis\.id = Math\.random\(\)\.toString\(36\)\.slice\(2\);/, ''],
    [/\n\tlocationWatcher = createLocationWatcher\(this\);/, ''],
    [/\n\t\tif \(type === "wxt:locationchange"\) \{\n\t\t\tif \(this\.isValid\) this\.locationWatcher\.run\(\);\n\t\t\}/, ''],
    [/type\.startsWith\("wxt:"\) \? getUniqueEventName\(type\) : type/, 'type'],
    [/\nimport \{ getUniqueEventName \} from "\.\/internal\/custom-events\.mjs";/, ''],
    [/\nimport \{ createLocationWatcher \} from "\.\/internal\/location-watcher\.mjs";/, ''],
    ...['block', 'setInterval', 'setTimeout', 'requestAnimationFrame', 'requestIdleCallback'].map((name): [RegExp, string] => [method(name), '']),
  ];
  return {
    name: 'content-script-context-without-page-messages',
    enforce: 'pre',
    transform(code, id) {
      if (!/node_modules\/wxt\/dist\/utils\/content-script-context\.mjs$/.test(id)) return null;
      if (!CUTS.every(([re]) => re.test(code))) {
        throw new Error('content-script-context-without-page-messages: WXT\'s context changed; review this plugin');
      }
      const out = CUTS.reduce((text, [re, by]) => text.replace(re, by), code);
      if (/postMessage|dispatchEvent|getUniqueEventName|locationWatcher|this\.id\b/.test(out)) {
        throw new Error('content-script-context-without-page-messages: a page-visible message is left; review this plugin');
      }
      return { code: out, map: null };
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
    // The panel's UI file, imported by the content script on AliExpress pages only, and the
    // composer page that the panel shows in a frame (lib/composer-frame.ts). Chrome serves
    // them under a per-session id only, so a page cannot probe the fixed extension id for
    // them to learn that we are installed (Firefox's ids are per install already).
    web_accessible_resources: [{ resources: ['panel-ui.js', 'composer.html'], matches: ALIEXPRESS_MATCHES, use_dynamic_url: true }],
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: FIREFOX_GECKO, gecko_android: FIREFOX_ANDROID } } : {}),
  }),
  vite: () => ({
    // Terser, not esbuild: the content script runs on every page under a size budget, and
    // terser's extra passes take ~2.5 % more off it. Only safe transforms: getters stay
    // (`ctx.isInvalid` has an effect when read).
    build: { minify: 'terser', terserOptions: { ecma: 2020, compress: { passes: 3 } } },
    plugins: [localeYaml(), preactWithoutHtmlSink(), contentScriptContextWithoutPageMessages()],
    // utf8: keep Japanese text as UTF-8 bytes instead of six-byte \u escapes.
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact', charset: 'utf8' },
  }),
  hooks: {
    // The content script and its lazily loaded panel UI run on AliExpress pages and their
    // size is budgeted. They use only promise-returning APIs that Chrome MV3 and Firefox
    // both provide natively (`runtime.id`, `runtime.getURL`, `runtime.sendMessage`,
    // `storage`), so they take WXT's plain `browser` instead of the 41 KB
    // webextension-polyfill, which the popup and background keep.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => entry.type === 'content-script' || entry.type === 'unlisted-script')) return;
      const aliases = config.resolve?.alias;
      if (!aliases || Array.isArray(aliases)) return;
      delete (aliases as Record<string, string>)['wxt/browser'];
    },
  },
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
