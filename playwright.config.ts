import { defineConfig } from '@playwright/test';
import { scaled } from './tests/time-factor';

export default defineConfig({
  testDir: 'tests/e2e',
  // Prints the time factor (tests/time-factor.ts) at the top of the run.
  globalSetup: './tests/e2e/harness/global-setup.ts',
  // Both browsers run the same fixture list (tests/fixtures/pages.ts).
  projects: [
    { name: 'chromium', testMatch: 'chromium/**/*.spec.ts' },
    { name: 'firefox', testMatch: 'firefox/**/*.spec.ts' },
  ],
  // One browser with the extension per worker; two cores on CI.
  workers: 2,
  fullyParallel: true,
  // Every timeout goes through the one time factor; a test that does a lot of counted work
  // marks itself slow (three times this) or sets a larger one, also scaled.
  timeout: scaled(30_000),
  expect: { timeout: scaled(15_000) },
  retries: 0,
  reporter: [['list']],
  forbidOnly: !!process.env.CI,
});
