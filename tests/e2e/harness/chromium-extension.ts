// The Chromium side of the e2e harness (tests/e2e/harness/), under the name the spec files
// have always imported.
export {
  backgroundWorker,
  CHROMIUM,
  chromiumGuideTab,
  composerIn,
  EXTENSION_DIR,
  expect,
  extensionIdOf,
  openFixture,
  openPopup,
  restartExtension,
  serveFixture,
  sessionAddressOf,
  test,
  type WithChrome,
} from './chromium';
export { fixtureByFile, readFixture } from './fixtures';
