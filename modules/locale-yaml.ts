import { readFileSync } from 'node:fs';
import { parseYAML } from 'confbox';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

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

export default defineWxtModule({
  name: 'locale-yaml',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [localeYaml()] }));
  },
});
