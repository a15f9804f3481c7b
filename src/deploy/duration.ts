/** Durations as users write them in the config: "500ms", "2s", "1.5m", "1h". */
const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** The pattern the schema checks, so a bad duration is reported with its line and column before this runs. */
export const DURATION_PATTERN = '^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$';

/** Milliseconds in a duration the schema has validated. */
export function parseDuration(text: string): number {
  const match = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m|h)$/.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a duration such as 500ms, 2s, 5m or 1h`);
  return Math.round(Number(match[1]) * UNITS[match[2]!]!);
}

/** "1.2 s", "350 ms", "2 min" for reports and messages. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${(ms / 60_000).toFixed(1)} min`;
}
