/**
 * `npm run demo`: builds the extension and shows it at work on the e2e fixture pages, served
 * at their real AliExpress addresses by request interception (nothing reaches the network).
 *
 *   npm run demo                        with a display: a Chromium window to click through;
 *                                       without one: screenshots in demo-output/
 *   npm run demo -- --headless          screenshots even when a display is there
 *   npm run demo -- --firefox           the same window in Firefox ESR (needs a display)
 *   npm run demo -- --update-docs       screenshots, and the README's crops in docs/screenshots/
 *   npm run demo -- --no-build          use the extension already in .output/
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Frame, type Locator, type Page } from '@playwright/test';
import puppeteer, { type Browser as FirefoxBrowser } from 'puppeteer-core';
import type { Kind } from '../lib/detect/kinds';
import { GECKO_ID } from '../lib/manifest-constants';
import type { FixturePage } from '../tests/fixtures/pages';
import { answerWithFixtures, backgroundWorker, CHROMIUM, chromiumArgs, composerIn, EXTENSION_DIR, extensionIdOf, openFixture, type WithChrome } from '../tests/e2e/harness/chromium';
import { answerInFirefox, FIREFOX, FIREFOX_EXTENSION_DIR, FIREFOX_EXTENSION_UUID, FIREFOX_POPUP_URL } from '../tests/e2e/harness/firefox';
import { fixtureByFile, fixtureResponses, hintSelector, panelSelector } from '../tests/e2e/harness/fixtures';
import { DEMO_SCENES, type DemoScene, type Disclosure, type ShotState } from './demo-pages';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUT_DIR = join(ROOT, 'demo-output');
const DOCS_DIR = join(ROOT, 'docs', 'screenshots');
const VIEWPORT = { width: 1280, height: 900 };
const POPUP_WIDTH = 360;
/** The extension answers in well under a second; the margin is for a busy two-core machine. */
const WAIT_MS = 15_000;
const DISCLOSURE_ORDER: Disclosure[] = ['causes', 'support', 'faq', 'compose'];

const USAGE = `usage: npm run demo [-- --headless] [-- --firefox] [-- --update-docs] [-- --no-build]`;
const FLAGS = ['--headless', '--firefox', '--update-docs', '--no-build', '--help'] as const;

const started = Date.now();
const seconds = (from = started) => `${((Date.now() - from) / 1000).toFixed(1)} s`;
const show = (path: string) => relative(process.cwd(), path) || path;

function parseFlags(argv: string[]): Set<(typeof FLAGS)[number]> {
  const flags = new Set<(typeof FLAGS)[number]>();
  for (const arg of argv) {
    if (!(FLAGS as readonly string[]).includes(arg)) {
      console.error(`unknown option ${arg}\n${USAGE}`);
      process.exit(2);
    }
    flags.add(arg as (typeof FLAGS)[number]);
  }
  return flags;
}

function build(): void {
  const from = Date.now();
  process.stdout.write('Building the extension for Chrome and Firefox (npm run build)… ');
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    console.log('failed.');
    console.error(result.stdout, result.stderr);
    process.exit(1);
  }
  console.log(`done in ${seconds(from)}: .output/chrome-mv3, .output/firefox-mv3`);
}

/**
 * A browser whose window the user closed may still be writing to its profile while it shuts
 * down (the driver reports the close first): keep trying for a while.
 */
async function removeProfile(profile: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      rmSync(profile, { recursive: true, force: true });
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        console.error(`Could not remove the demo's browser profile ${profile}: ${String(error)}`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

function requireFile(path: string, hint: string): void {
  if (!existsSync(path)) {
    console.error(`${path} not found. ${hint}`);
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------------------
// The pages, served at their addresses

interface Served {
  /** The address to open: the fixture's own, or that address with `demo=<page>` when two scenes share it. */
  url: string;
  scene: DemoScene;
  fixture: FixturePage;
}

/**
 * Every scene's page and its frames, by address, for the headed modes where the user
 * browses freely. Two fixtures served at the same address (the login page with a wrong
 * password and with the SMS form) are told apart by an extra `demo=` query parameter.
 */
function servedPages(): { pages: Served[]; bodies: Map<string, Buffer> } {
  const bodies = new Map<string, Buffer>();
  const pages: Served[] = [];
  const seenFiles = new Set<string>();
  for (const scene of DEMO_SCENES) {
    if (seenFiles.has(scene.file)) continue;
    seenFiles.add(scene.file);
    const fixture = fixtureByFile(scene.file);
    let url = fixture.url;
    if (bodies.has(url)) url += `${url.includes('?') ? '&' : '?'}demo=${scene.file.replace(/\.html$/, '')}`;
    for (const [address, body] of fixtureResponses(fixture)) {
      const at = address === fixture.url ? url : address;
      if (!bodies.has(at)) bodies.set(at, body);
    }
    pages.push({ url, scene, fixture });
  }
  return { pages, bodies };
}

/** The panel kind of the first page, which the headed modes open. */
function firstKind(pages: Served[]): Kind {
  const what = pages[0]!.scene.show;
  if (!('panel' in what)) throw new Error('the first demo scene must show a panel');
  return what.panel;
}

function printPageList(pages: Served[], popupUrl: string): void {
  console.log('\nDemo pages (served at these addresses in this window only; open or type them):');
  for (const { url, scene } of pages) console.log(`  ${scene.title}\n    ${url}`);
  console.log(`  The toolbar popup as a page\n    ${popupUrl}`);
  console.log('\nAny other address is blocked: nothing reaches the network. Close the window to end the demo.');
}

// ---------------------------------------------------------------------------------------
// Headless: screenshots in Chromium

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function union(boxes: (Box | null)[], margin: number, limit: { width: number; height: number }): Box | undefined {
  const present = boxes.filter((b): b is Box => b !== null && b.width > 0 && b.height > 0);
  if (present.length === 0) return undefined;
  const x = Math.max(0, Math.floor(Math.min(...present.map((b) => b.x)) - margin));
  const y = Math.max(0, Math.floor(Math.min(...present.map((b) => b.y)) - margin));
  const right = Math.min(limit.width, Math.ceil(Math.max(...present.map((b) => b.x + b.width)) + margin));
  const bottom = Math.min(limit.height, Math.ceil(Math.max(...present.map((b) => b.y + b.height)) + margin));
  return { x, y, width: right - x, height: bottom - y };
}

/** The box of what a host element draws in its shadow root (hints are anchored hosts of no height). */
async function drawnBox(host: Locator): Promise<Box | null> {
  const own = await host.boundingBox();
  const inner = await host.evaluate((el) => {
    const rects = [...(el.shadowRoot?.querySelectorAll('*') ?? [])]
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    if (rects.length === 0) return null;
    const x = Math.min(...rects.map((r) => r.left));
    const y = Math.min(...rects.map((r) => r.top));
    return { x, y, width: Math.max(...rects.map((r) => r.right)) - x, height: Math.max(...rects.map((r) => r.bottom)) - y };
  });
  if (!inner || !own) return inner ?? own;
  // The inner rectangles are in the frame's coordinates; the host's box says where the frame is.
  const frameOffset = await host.evaluate((el) => el.getBoundingClientRect()).then((r) => ({ x: own.x - r.left, y: own.y - r.top }));
  return { x: inner.x + frameOffset.x, y: inner.y + frameOffset.y, width: inner.width, height: inner.height };
}

async function frameOf(page: Page, fixture: FixturePage): Promise<Frame> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const frame = fixture.frameUrlPrefix ? page.frames().find((f) => f.url().startsWith(fixture.frameUrlPrefix!)) : page.mainFrame();
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error(`${fixture.file}: no frame at ${fixture.frameUrlPrefix}`);
    await page.waitForTimeout(100);
  }
}

/** Lets fonts load and the panel's first paint settle before a picture is taken. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(300);
}

class Shooter {
  readonly shots: string[] = [];
  readonly docs: string[] = [];

  constructor(
    private readonly context: BrowserContext,
    private readonly extensionId: string,
    private readonly outDir: string,
    /** Where the README's pictures go (`--update-docs`), or null. */
    private readonly docsDir: string | null,
  ) {}

  private async save(page: Page, scene: DemoScene, state: ShotState, name: string, crop?: Box, fullPage = false): Promise<void> {
    const path = join(this.outDir, name ? `${scene.id}-${name}.png` : `${scene.id}.png`);
    await page.screenshot({ path, fullPage, animations: 'disabled' });
    this.shots.push(path);
    console.log(`  ${show(path)}`);
    // The README's copy: cropped to the panel and its banner, or the hint and its field.
    const docsName = scene.docs?.[state];
    if (this.docsDir && docsName) {
      const target = join(this.docsDir, docsName);
      if (crop) await page.screenshot({ path: target, clip: crop, animations: 'disabled' });
      else copyFileSync(path, target);
      this.docs.push(target);
      console.log(`  ${show(target)}`);
    }
  }

  private async newPage(dark: boolean): Promise<Page> {
    const page = await this.context.newPage();
    await page.setViewportSize(VIEWPORT);
    await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
    return page;
  }

  /** The panel's box with the banner it explains, for the README's crops. */
  private async panelCrop(page: Page, frame: Frame, panel: Locator, fixture: FixturePage): Promise<Box | undefined> {
    const banner = frame.locator(fixture.banner ?? '#banner').first();
    const bannerBox = (await banner.count()) > 0 ? await banner.boundingBox() : null;
    const panelBox = await panel.boundingBox();
    // A fixed card's banner may be far away (or gone): then the panel alone.
    const boxes = bannerBox && panelBox && Math.abs(bannerBox.y + bannerBox.height - panelBox.y) < 80 ? [bannerBox, panelBox] : [panelBox];
    return union(boxes, 16, page.viewportSize() ?? VIEWPORT);
  }

  async panel(scene: DemoScene, kind: NonNullable<FixturePage['expect']>, open: Disclosure[], dark = false): Promise<void> {
    const fixture = fixtureByFile(scene.file);
    const page = await this.newPage(dark);
    try {
      await openFixture(page, fixture);
      const frame = await frameOf(page, fixture);
      const panel = frame.locator(panelSelector(kind)).first();
      await panel.waitFor({ state: 'visible', timeout: WAIT_MS });
      await panel.scrollIntoViewIfNeeded();
      await settle(page);
      if (dark) {
        await this.save(page, scene, 'dark', 'dark', await this.panelCrop(page, frame, panel, fixture));
        return;
      }
      await this.save(page, scene, 'first', 'first', await this.panelCrop(page, frame, panel, fixture));
      for (const wanted of open) {
        const available: Disclosure[] = [];
        for (const d of DISCLOSURE_ORDER) if ((await panel.locator(`[data-disclosure="${d}"]`).count()) > 0) available.push(d);
        const which = available.includes(wanted) ? wanted : available[0];
        if (!which) throw new Error(`${scene.file}: the ${kind} panel has nothing to open`);
        if (which !== wanted) console.log(`  (${kind}: no "${wanted}" section on this page; opening "${which}")`);
        await panel.locator(`[data-disclosure="${which}"]`).click();
        const section = panel.locator(`section[data-section="${which}"]`);
        await section.waitFor({ state: 'visible', timeout: WAIT_MS });
        if (which === 'compose') {
          // Tick one thing that happened, and show the English it adds and its Japanese meaning.
          const composer = composerIn(panel);
          const choice = composer.locator('.choice input[type="checkbox"]:not(:checked)').first();
          await composer.locator('[data-message-en]').waitFor({ state: 'visible', timeout: WAIT_MS });
          if ((await choice.count()) > 0) await choice.check();
          // The panel scrolls, not the composer's frame (as tall as its content): bring the
          // English message's heading to the top of the panel.
          const messageTop = await composer.locator('[data-message-en]').evaluate((el) => (el.previousElementSibling ?? el).getBoundingClientRect().top);
          await section.locator('iframe').evaluate((frame, top) => {
            const scroller = frame.closest('.panel')!;
            scroller.scrollTop += frame.getBoundingClientRect().top + top - scroller.getBoundingClientRect().top;
          }, messageTop);
        } else {
          // Inside the panel's own scroll area: the toggles and the opened section in view.
          await panel.locator('.more').evaluate((el) => el.scrollIntoView({ block: 'start' }));
        }
        await settle(page);
        await this.save(page, scene, which, which, await this.panelCrop(page, frame, panel, fixture));
      }
    } finally {
      await page.close();
    }
  }

  async hint(scene: DemoScene, field: string, text: string): Promise<void> {
    const fixture = fixtureByFile(scene.file);
    const page = await this.newPage(false);
    try {
      await openFixture(page, fixture);
      const frame = await frameOf(page, fixture);
      // The hint is mounted right after its field.
      const hint = frame.locator(`${field} + ${hintSelector('phone-format')}`);
      await hint.waitFor({ state: 'attached', timeout: WAIT_MS });
      const input = frame.locator(field);
      await input.focus();
      await page.keyboard.type(text, { delay: 20 });
      await hint.locator('[data-preview]').waitFor({ state: 'visible', timeout: WAIT_MS });
      await settle(page);
      // The form around the field (its heading too), and the hint.
      const form = input.locator('xpath=..');
      const crop = union([await form.boundingBox(), await drawnBox(hint)], 16, page.viewportSize() ?? VIEWPORT);
      await this.save(page, scene, 'shot', 'typing', crop);
    } finally {
      await page.close();
    }
  }

  /** The popup for a tab that shows the scene's panel, as the toolbar button opens it (360 px wide). */
  async popup(scene: DemoScene): Promise<void> {
    const fixture = fixtureByFile(scene.file);
    const page = await this.newPage(false);
    try {
      await openFixture(page, fixture);
      await (await frameOf(page, fixture)).locator(panelSelector(fixture.expect ?? undefined)).first().waitFor({ timeout: WAIT_MS });
      await page.bringToFront();
      const worker = await backgroundWorker(this.context);
      const tabId = await worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as WithChrome;
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab!.id!;
      });
      // The background has stored what the tab shows (the popup reads it from storage).
      const deadline = Date.now() + WAIT_MS;
      while (
        !(await worker.evaluate(async (id) => {
          const { chrome } = globalThis as unknown as WithChrome;
          const { tabs } = (await chrome.storage.session.get('tabs')) as { tabs?: Record<string, unknown> };
          return tabs !== undefined && String(id) in tabs;
        }, tabId))
      ) {
        if (Date.now() > deadline) throw new Error('the background never stored the tab state');
        await page.waitForTimeout(100);
      }
      const popup = await this.context.newPage();
      try {
        await popup.setViewportSize({ width: POPUP_WIDTH, height: 600 });
        await popup.goto(`chrome-extension://${this.extensionId}/popup.html?tab=${tabId}`);
        await popup.waitForSelector('html[data-ready="true"]');
        await settle(popup);
        await this.save(popup, scene, 'shot', '', undefined, true);
      } finally {
        await popup.close();
      }
    } finally {
      await page.close();
    }
  }
}

async function screenshots(updateDocs: boolean): Promise<void> {
  requireFile(CHROMIUM, 'Install it: apt-get install -y chromium fonts-noto-cjk');
  requireFile(join(EXTENSION_DIR, 'manifest.json'), 'Run: npm run build');
  rmSync(OUTPUT_DIR, { recursive: true, force: true });
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'alg-demo-'));
  const from = Date.now();
  console.log(`Screenshots (Chromium, headless, ${VIEWPORT.width}×${VIEWPORT.height}):`);
  let shooter: Shooter;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: VIEWPORT,
    args: chromiumArgs(EXTENSION_DIR),
  });
  try {
    if (updateDocs) {
      rmSync(DOCS_DIR, { recursive: true, force: true });
      mkdirSync(DOCS_DIR, { recursive: true });
    }
    shooter = new Shooter(context, await extensionIdOf(context), OUTPUT_DIR, updateDocs ? DOCS_DIR : null);
    for (const scene of DEMO_SCENES) {
      const { show: what } = scene;
      if ('panel' in what) {
        await shooter.panel(scene, what.panel, what.open);
        if (scene.dark) await shooter.panel(scene, what.panel, [], true);
      } else if ('hint' in what) {
        await shooter.hint(scene, what.field, what.type);
      } else {
        await shooter.popup(scene);
      }
    }
  } finally {
    await context.close();
    await removeProfile(profile);
  }
  console.log(`\n${shooter.shots.length} screenshots in ${show(OUTPUT_DIR)}/ (${seconds(from)} for the pictures).`);
}

// ---------------------------------------------------------------------------------------
// Headed: a window to click through

async function headedChromium(): Promise<void> {
  requireFile(CHROMIUM, 'Install it: apt-get install -y chromium fonts-noto-cjk');
  requireFile(join(EXTENSION_DIR, 'manifest.json'), 'Run: npm run build');
  const { pages, bodies } = servedPages();
  const profile = mkdtempSync(join(tmpdir(), 'alg-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: null,
    args: [...chromiumArgs(EXTENSION_DIR), `--window-size=${VIEWPORT.width},${VIEWPORT.height}`],
  });
  const closed = new Promise<void>((resolve) => context.on('close', () => resolve()));
  const end = () => void context.close().catch(() => undefined);
  process.once('SIGINT', end);
  process.once('SIGTERM', end);
  try {
    await context.route('**/*', answerWithFixtures(bodies));
    const extensionId = await extensionIdOf(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(pages[0]!.url);
    console.log(`Chromium is open on: ${pages[0]!.scene.title}.`);
    const headline = await page
      .locator(`${panelSelector(firstKind(pages))} h2`)
      .first()
      .textContent({ timeout: WAIT_MS })
      .catch(() => null);
    console.log(headline ? `The guide's panel is showing: 「${headline.trim()}」 (after ${seconds()}).` : 'The panel did not show within 15 s: is the build in .output/chrome-mv3 current?');
    printPageList(pages, `chrome-extension://${extensionId}/popup.html`);
    await closed;
  } finally {
    await context.close().catch(() => undefined);
    await removeProfile(profile);
  }
}

async function headedFirefox(): Promise<void> {
  requireFile(FIREFOX, 'Install it: apt-get install -y firefox-esr fonts-noto-cjk');
  requireFile(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'Run: npm run build');
  const { pages, bodies } = servedPages();
  const profile = mkdtempSync(join(tmpdir(), 'alg-demo-firefox-'));
  let browser: FirefoxBrowser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: false,
      defaultViewport: null,
      userDataDir: profile,
      args: ['--remote-allow-system-access', `--width=${VIEWPORT.width}`, `--height=${VIEWPORT.height}`],
      // The extension's pages get a known address (printed below).
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }) },
      timeout: 60_000,
      protocolTimeout: 60_000,
    });
    const firefox = browser;
    const closed = new Promise<void>((resolve) => firefox.once('disconnected', () => resolve()));
    const end = () => void firefox.close().catch(() => undefined);
    process.once('SIGINT', end);
    process.once('SIGTERM', end);
    await firefox.installExtension(FIREFOX_EXTENSION_DIR);
    // Every tab the user opens is served the same pages.
    firefox.on('targetcreated', (target) => {
      if (target.type() !== 'page') return;
      void target
        .page()
        .then((p) => (p ? answerInFirefox(p, (url) => bodies.get(url)) : undefined))
        .catch(() => undefined);
    });
    const [page] = await firefox.pages();
    const first = page ?? (await firefox.newPage());
    await answerInFirefox(first, (url) => bodies.get(url));
    await first.goto(pages[0]!.url);
    console.log(`Firefox ESR is open on: ${pages[0]!.scene.title}.`);
    const headline = await first
      .waitForSelector(`${panelSelector(firstKind(pages))} >>> h2`, { timeout: WAIT_MS })
      .then((h2) => h2?.evaluate((el) => el.textContent?.trim() ?? ''))
      .catch(() => null);
    console.log(headline ? `The guide's panel is showing: 「${headline}」 (after ${seconds()}).` : 'The panel did not show within 15 s: is the build in .output/firefox-mv3 current?');
    printPageList(pages, FIREFOX_POPUP_URL);
    await closed;
  } finally {
    await browser?.close().catch(() => undefined);
    await removeProfile(profile);
  }
}

// ---------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  if (flags.has('--help')) {
    console.log(USAGE);
    return;
  }
  // Every scene's page is in the fixture list (a renamed fixture fails here, before any build).
  for (const scene of DEMO_SCENES) fixtureByFile(scene.file);
  const headless = flags.has('--headless') || flags.has('--update-docs') || !process.env.DISPLAY;
  if (flags.has('--firefox') && headless) {
    console.error(
      flags.has('--headless') || flags.has('--update-docs')
        ? '--firefox opens a window to click through; the screenshots are taken in Chromium (drop --firefox).'
        : '--firefox opens a window and needs a display (DISPLAY is not set). Without a display, `npm run demo` writes screenshots in Chromium.',
    );
    process.exit(2);
  }
  if (!flags.has('--no-build')) build();
  if (headless) {
    await screenshots(flags.has('--update-docs'));
    if (flags.has('--update-docs')) console.log(`README pictures updated in ${show(DOCS_DIR)}/.`);
    console.log(`Demo finished in ${seconds()} in all.`);
  } else if (flags.has('--firefox')) {
    await headedFirefox();
  } else {
    await headedChromium();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

