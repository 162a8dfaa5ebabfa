/**
 * One factor for every timeout of the test suites (Playwright's test and expect timeouts,
 * the e2e harness's waits, Vitest's test timeout), set with TEST_TIME_FACTOR: 2 gives a
 * machine twice as slow twice the time. The base values leave room for two cores shared
 * with another test run; a slower or busier machine raises the factor instead of a test
 * raising its own timeout. Tests wait for states, never for time: the factor only decides
 * when a wait gives up.
 */
export const TIME_FACTOR_VARIABLE = 'TEST_TIME_FACTOR';

function readTimeFactor(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 1;
  const factor = Number(raw);
  if (!Number.isFinite(factor) || factor <= 0) {
    throw new Error(`${TIME_FACTOR_VARIABLE} must be a positive number, got "${raw}"`);
  }
  return factor;
}

export const TIME_FACTOR = readTimeFactor(process.env[TIME_FACTOR_VARIABLE]);

/** `ms` scaled by the machine's time factor. */
export function scaled(ms: number): number {
  return Math.round(ms * TIME_FACTOR);
}
