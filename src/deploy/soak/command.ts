// A soak judged by the user's own figures: their command runs once per interval and prints
// "<success rate %> <p95 ms>" (from their metrics system); the first reading that falls short fails the soak.
import { formatDuration } from '../duration.js';
import { failureOf, runCommand } from '../shell.js';
import type { SoakSettings } from '../settings.js';
import type { SoakOptions, SoakPoint, SoakResult } from './soak.js';

interface Reading {
  successRate: number;
  p95Ms: number;
}

function parseReading(stdout: string): Reading | undefined {
  const match = /([0-9.]+)\s+([0-9.]+)\s*$/.exec(stdout.trim());
  if (!match) return undefined;
  return { successRate: Number(match[1]), p95Ms: Number(match[2]) };
}

function shortfall(reading: Reading, soak: SoakSettings): string | undefined {
  if (reading.successRate < soak.successRate) return `success rate ${reading.successRate}% < ${soak.successRate}%`;
  if (reading.p95Ms > soak.p95Ms) return `p95 latency ${formatDuration(reading.p95Ms)} > ${formatDuration(soak.p95Ms)}`;
  return undefined;
}

async function read(soak: SoakSettings, options: SoakOptions): Promise<Reading | string> {
  const timeoutMs = Math.max(soak.intervalMs, 10_000);
  const result = await runCommand({ command: soak.command!, cwd: options.cwd, env: options.env, timeoutMs });
  const failure = failureOf(result, timeoutMs);
  if (failure !== undefined) return `the soak command failed: ${failure}`;
  return (
    parseReading(result.stdout) ??
    `the soak command printed "${result.stdout.trim().slice(-100)}", not "<rate> <p95 ms>"`
  );
}

export async function soakByCommand(soak: SoakSettings, options: SoakOptions): Promise<SoakResult> {
  const { clock } = options;
  const started = clock.now();
  const points: SoakPoint[] = [];
  const result = (passed: boolean, reason: string, last?: Reading): SoakResult => ({
    passed,
    reason,
    successRate: last?.successRate ?? 0,
    p95Ms: last?.p95Ms ?? 0,
    probes: points.length,
    failures: passed ? 0 : 1,
    decidedAtMs: clock.now() - started,
    points,
  });
  let last: Reading | undefined;
  do {
    const next = clock.now() + soak.intervalMs;
    const reading = await read(soak, options);
    if (typeof reading === 'string') return result(false, reading, last);
    points.push({ atMs: clock.now() - started, ...reading });
    last = reading;
    const short = shortfall(reading, soak);
    if (short !== undefined) return result(false, short, reading);
    await clock.sleep(next - clock.now());
  } while (clock.now() - started < soak.durationMs);
  return result(true, `success rate ${last.successRate}%, p95 ${formatDuration(last.p95Ms)}`, last);
}
