/**
 * Capped exponential backoff with full jitter: the n-th wait (from 0) is uniform in [0, min(max, initial·2ⁿ)].
 * Jitter keeps many waiting clients from probing in lockstep; the cap bounds how late readiness is noticed.
 */
export function backoffDelay(
  attempt: number,
  initialMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 30));
  return random() * ceiling;
}
