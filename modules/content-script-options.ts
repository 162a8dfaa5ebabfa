import { defineWxtModule } from 'wxt/modules';

/**
 * WXT reads a content script's options (matches, frames, timing) at build time, to write the
 * manifest, by running the entry file apart; the bundle keeps them too, although nothing reads
 * them at run time (our context ignores them). On every AliExpress page that is ~73 bytes of
 * the content script's gzip budget. In the bundle's build only (not when WXT reads the
 * options), `import.meta.env.MANIFEST_ONLY_OPTIONS_READ` is false, and the options object
 * (entrypoints/content/index.ts) folds away.
 */
export const OPTIONS_FLAG = 'import.meta.env.MANIFEST_ONLY_OPTIONS_READ';
/** Likewise true in the bundle only: the detector's work counter, read by unit tests alone, folds away (lib/detect/tracker.ts). */
export const WORK_FLAG = 'import.meta.env.DETECTOR_WORK_UNREAD';

export default defineWxtModule({
  name: 'content-script-options',
  setup(wxt) {
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.some((entry) => entry.type === 'content-script')) return;
      config.define = { ...config.define, [OPTIONS_FLAG]: 'false', [WORK_FLAG]: 'true' };
    });
  },
});
