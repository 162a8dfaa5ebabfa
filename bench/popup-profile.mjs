// node bench/popup-profile.mjs [--opens N] [--profile]: where the popup's open → interactive
// time goes, in Debian's Chromium with the built extension (run `npm run build` first).
// Prints, per open and as medians: the navigation's phases (from the Navigation and
// Resource Timing entries: the HTML, each script and style, their evaluation), the storage
// reads the popup made before it was ready and how long they took, ready (the
// `data-ready-at` mark the benchmark reads: what is in sight drawn and usable) and all drawn
// (`data-all-drawn-at`: the closed sections' contents too, drawn after the first paint).
// With --profile, the CPU profile of the slowest open is summed by script and by function,
// self time.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const ROOT = process.env.BENCH_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const EXT = join(ROOT, '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = JSON.parse(readFileSync(join(ROOT, 'tests/e2e/harness/chromium-flags.json'), 'utf8')).flags;
const opensAt = process.argv.indexOf('--opens');
const OPENS = opensAt > 0 ? Number(process.argv[opensAt + 1]) : 10;
const PROFILE = process.argv.includes('--profile');

/** Runs in the popup before its own scripts: notes every storage read and when it ended. */
function recordStorageReads() {
  const reads = [];
  globalThis.__storageReads = reads;
  for (const areaName of ['local', 'session', 'sync']) {
    const area = globalThis.chrome.storage?.[areaName];
    if (!area) continue;
    const get = area.get.bind(area);
    area.get = (...args) => {
      const start = performance.now();
      const result = get(...args);
      const note = () => reads.push({ area: areaName, keys: JSON.stringify(args[0] ?? null), start, end: performance.now() });
      if (result && typeof result.then === 'function') result.then(note, note);
      else note();
      return result;
    };
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};

/** The nearest-rank 95th percentile, as bench/run.mjs takes it. */
const percentile95 = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)];
};

const profileDir = mkdtempSync(join(tmpdir(), 'alg-popup-profile-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: CHROMIUM,
  headless: true,
  args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, ...FLAGS],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  await context.addInitScript(recordStorageReads);
  const opens = [];
  let slowest = null;
  for (let i = 0; i < OPENS; i++) {
    const page = await context.newPage();
    const cdp = PROFILE ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    await page.goto(`chrome-extension://${id}/popup.html`);
    await page.waitForSelector('[data-ready="true"]');
    const profile = cdp ? (await cdp.send('Profiler.stop')).profile : null;
    const open = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const readyAt = Number(document.documentElement.dataset.readyAt);
      return {
        readyAt,
        allDrawnAt: Number(document.documentElement.dataset.allDrawnAt),
        html: nav.responseEnd,
        domInteractive: nav.domInteractive,
        domContentLoaded: nav.domContentLoadedEventEnd,
        resources: performance.getEntriesByType('resource').map((r) => ({ name: r.name.replace(/^.*\//, ''), start: r.startTime, end: r.responseEnd })),
        reads: (globalThis.__storageReads ?? []).filter((r) => r.start < readyAt),
      };
    });
    opens.push(open);
    if (profile && (!slowest || open.readyAt > slowest.open.readyAt)) slowest = { open, profile };
    await page.close();
  }
  for (const [i, o] of opens.entries()) {
    const reads = o.reads.map((r) => `${r.area}.get(${r.keys}) ${r.start.toFixed(0)}→${r.end.toFixed(0)}`).join(', ');
    const resources = o.resources.map((r) => `${r.name} ${r.start.toFixed(0)}→${r.end.toFixed(0)}`).join(', ');
    console.log(`open ${i + 1}: html ${o.html.toFixed(0)}, ${resources}; domInteractive ${o.domInteractive.toFixed(0)}, DOMContentLoaded ${o.domContentLoaded.toFixed(0)}; reads: ${reads}; ready ${o.readyAt.toFixed(1)} ms, all drawn ${o.allDrawnAt.toFixed(1)} ms`);
  }
  const m = (pick) => median(opens.map(pick)).toFixed(1);
  console.log(`\nmedians of ${OPENS} opens (ms from navigation start): html ${m((o) => o.html)}, domInteractive ${m((o) => o.domInteractive)}, ` +
    `DOMContentLoaded ${m((o) => o.domContentLoaded)}, last storage read answered ${m((o) => Math.max(0, ...o.reads.map((r) => r.end)))}, ` +
    `storage reads before ready ${m((o) => o.reads.length)}, ready ${m((o) => o.readyAt)} (p95 ${percentile95(opens.map((o) => o.readyAt)).toFixed(1)}), ` +
    `all drawn (the closed sections too, after the first paint) ${m((o) => o.allDrawnAt)}`);
  if (slowest) {
    const { profile } = slowest;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const byScript = new Map();
    const byFunction = new Map();
    profile.samples.forEach((nodeId, i) => {
      const frame = nodes.get(nodeId).callFrame;
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      const script = frame.url ? frame.url.replace(/^.*\//, '') : frame.functionName || '(native)';
      byScript.set(script, (byScript.get(script) ?? 0) + ms);
      const fn = `${frame.functionName || '(anonymous)'} ${script}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    });
    const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${v.toFixed(1)} ms  ${k}`).join('\n');
    console.log(`\nCPU profile of the slowest open (ready at ${slowest.open.readyAt.toFixed(1)} ms), self time by script:\n${top(byScript, 12)}`);
    console.log(`by function:\n${top(byFunction, 25)}`);
  }
} finally {
  await context.close();
  rmSync(profileDir, { recursive: true, force: true });
}
