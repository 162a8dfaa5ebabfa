// Runs the end-to-end suite (or the specs given) several times over with a CPU load beside
// it, and prints how often each test passed: a test that passed some runs and failed others
// is flaky, and the script fails when any run failed. Usage:
//   npm run test:stress -- [--repeat N] [--load N] [playwright arguments, e.g. a spec file]
// --repeat: runs of each test (Playwright's --repeat-each), 3 unless given.
// --load: busy-looping processes started beside the suite, one per core unless given.
// The extension is tested as built: run `npm run build` first.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

function parseArguments(argv) {
  const options = { repeat: 3, load: availableParallelism(), rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.split('=', 2);
    if (name === '--repeat' || name === '--load') {
      const value = Number(inline ?? argv[++i]);
      if (!Number.isInteger(value) || value < (name === '--repeat' ? 1 : 0)) throw new Error(`${name} needs a whole number, got ${inline ?? argv[i]}`);
      options[name.slice(2)] = value;
    } else {
      options.rest.push(arg);
    }
  }
  return options;
}

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** One process per unit of load, each spinning on a core until stopped. */
function startLoad(processes) {
  return Array.from({ length: processes }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
}

/** Pass and fail counts per test (project, file and title), from Playwright's JSON report. */
export function countResults(report) {
  const counts = new Map();
  const walk = (suite, titles) => {
    const path = suite.title && !suite.title.endsWith('.ts') ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const key = `[${test.projectName}] ${spec.file} › ${[...path, spec.title].join(' › ')}`;
        const entry = counts.get(key) ?? { passed: 0, failed: 0, skipped: 0, slowestMs: 0 };
        for (const result of test.results) {
          if (result.status === 'passed') entry.passed++;
          else if (result.status === 'skipped') entry.skipped++;
          else entry.failed++;
          entry.slowestMs = Math.max(entry.slowestMs, result.duration);
        }
        counts.set(key, entry);
      }
    }
    for (const child of suite.suites ?? []) walk(child, path);
  };
  for (const suite of report.suites) walk(suite, []);
  return counts;
}

const options = parseArguments(process.argv.slice(2));
const folder = mkdtempSync(join(tmpdir(), 'alg-stress-'));
const reportFile = join(folder, 'report.json');
const started = Date.now();
let load = [];
let exitCode = 1;
try {
  if ((await run(process.execPath, ['scripts/browser-versions.mjs'])) !== 0) process.exit(1);
  console.log(`stress: each test ${options.repeat} times, ${options.load} busy-looping processes beside it; load average before: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  load = startLoad(options.load);
  const playwright = join('node_modules', '@playwright', 'test', 'cli.js');
  const code = await run(
    process.execPath,
    [playwright, 'test', '--repeat-each', String(options.repeat), '--reporter', 'dot,json', ...options.rest],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile },
  );
  const loadAfter = loadavg();
  for (const child of load) child.kill();
  load = [];
  const counts = countResults(JSON.parse(readFileSync(reportFile, 'utf8')));
  const rows = [...counts].sort(([a], [b]) => a.localeCompare(b));
  console.log(`\n| test | passed | failed | slowest run | verdict |\n| --- | --- | --- | --- | --- |`);
  for (const [key, c] of rows) {
    const verdict = c.failed === 0 ? 'ok' : c.passed === 0 ? 'FAILED every run' : 'FLAKY';
    console.log(`| ${key} | ${c.passed} | ${c.failed} | ${(c.slowestMs / 1000).toFixed(1)} s | ${verdict} |`);
  }
  const flaky = rows.filter(([, c]) => c.failed > 0 && c.passed > 0).length;
  const failing = rows.filter(([, c]) => c.failed > 0 && c.passed === 0).length;
  console.log(
    `\n${rows.length} tests × ${options.repeat}: ${flaky} flaky, ${failing} failing every run; ` +
      `${((Date.now() - started) / 60_000).toFixed(1)} min; load average at the end: ${loadAfter.map((l) => l.toFixed(1)).join(' ')}`,
  );
  exitCode = code !== 0 || flaky > 0 || failing > 0 ? 1 : 0;
} finally {
  for (const child of load) child.kill();
  rmSync(folder, { recursive: true, force: true });
}
process.exit(exitCode);
