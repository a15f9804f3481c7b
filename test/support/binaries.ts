import { it } from 'vitest';

/**
 * `it` when a binary the test runs is available. Locally a missing one skips the test and says why; in CI
 * (CI=true) the test runs anyway and fails, because CI must have every binary the tests use.
 */
export function itWithBinary(binary: string, available: boolean): typeof it | typeof it.skip {
  if (available || process.env.CI === 'true') return it;
  console.warn(`skipped: ${binary} was not found on this machine (in CI the test fails instead)`);
  return it.skip;
}
