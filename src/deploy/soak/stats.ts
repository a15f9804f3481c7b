/** The figures a soak is judged by. */

/** Nearest-rank percentile (the smallest value at or above p% of the values); 0 for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** Percent of successes; 100 for no samples (nothing failed). */
export function successRate(outcomes: readonly boolean[]): number {
  if (outcomes.length === 0) return 100;
  return (100 * outcomes.filter(Boolean).length) / outcomes.length;
}

/**
 * How many failures the whole soak can take and still meet the rate: once more have happened, no later
 * success can make up for them, so the soak fails at once instead of running out its time.
 */
export function failureBudget(expectedSamples: number, requiredRate: number): number {
  return Math.floor(expectedSamples * (1 - requiredRate / 100) + 1e-9);
}
