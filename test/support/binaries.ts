import { it } from 'vitest';

/**
 * `it` when a binary the test runs is available. Locally a missing one skips the test and says why; in CI
 * (CI=true) the test runs anyway and fails, because CI must have every binary the tests use.
 */
export function itWithBinary(binary: string, available: boolean): typeof it | typeof it.skip {
  if (available || inCi()) return it;
  console.warn(`skipped: ${binary} was not found on this machine (in CI the test fails instead)`);
  return it.skip;
}

/** CI sets CI to a true value; any value but empty, "0" or "false" counts, as CI services spell it differently. */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.CI ?? '').trim().toLowerCase();
  return value !== '' && value !== '0' && value !== 'false';
}
