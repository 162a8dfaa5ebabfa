import { TIME_FACTOR, TIME_FACTOR_VARIABLE } from '../../time-factor';

/** Runs once before the suites: every log says which time factor its timeouts had. */
export default function printTimeFactor(): void {
  console.log(`Time factor for timeouts: ${TIME_FACTOR} (${TIME_FACTOR_VARIABLE}${process.env[TIME_FACTOR_VARIABLE] ? '' : ' not set'})`);
}
