import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  // Both browsers run the same fixture list (tests/fixtures/pages.ts).
  projects: [
    { name: 'chromium', testMatch: 'chromium/**/*.spec.ts' },
    { name: 'firefox', testMatch: 'firefox/**/*.spec.ts' },
  ],
  // One browser with the extension per worker; two cores on CI.
  workers: 2,
  fullyParallel: true,
  timeout: 20_000,
  retries: 0,
  reporter: [['list']],
  forbidOnly: !!process.env.CI,
});
