import { resolve } from 'node:path';
import { addAlias, defineWxtModule } from 'wxt/modules';

/**
 * WXT's content-script entry imports `ContentScriptContext` from this public specifier; the
 * alias gives it ours (lib/content/context.ts), which tells the page nothing. In place of
 * rewriting WXT's compiled file: nothing here depends on how that file is formatted.
 */
export const CONTEXT_SPECIFIER = 'wxt/utils/content-script-context';
export const OWN_CONTEXT = 'lib/content/context.ts';

export default defineWxtModule({
  name: 'content-script-context',
  setup(wxt) {
    addAlias(wxt, CONTEXT_SPECIFIER, resolve(wxt.config.root, OWN_CONTEXT));
  },
});
