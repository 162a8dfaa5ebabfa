import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { localeYaml } from './modules/locale-yaml';
import { scaled } from './tests/time-factor';

export default defineConfig({
  plugins: [WxtVitest(), localeYaml()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/checks/**/*.test.ts'],
    setupFiles: ['tests/unit/chrome-global.ts'],
    restoreMocks: true,
    // The budget tests build happy-dom pages of thousands of elements: about 1.5 s each on
    // an idle machine, up to 26 s on two cores shared with other test runs (load 16).
    // Vitest's default 5 s failed them there; they count work, so time is no verdict. The
    // time factor (tests/time-factor.ts) scales it like every other timeout.
    testTimeout: scaled(120_000),
  },
});
