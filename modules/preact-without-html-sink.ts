import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

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

export default defineWxtModule({
  name: 'preact-without-html-sink',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [preactWithoutHtmlSink()] }));
  },
});
