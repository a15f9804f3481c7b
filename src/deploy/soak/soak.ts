// The soak: after the switch, the live colour is probed every interval for the configured time. It fails as
// soon as the failures exceed what the success rate allows (no later success could make up for them), or at
// the end when the rate or the p95 latency falls short; a user's command may give the two figures instead.
import type { Clock } from '../clock.js';
import type { Logger } from '../../core/logger.js';
import { formatDuration } from '../duration.js';
import { probe } from '../health/probe.js';
import type { HealthCheck, HealthSettings, SoakSettings } from '../settings.js';
import { failureBudget, percentile, successRate } from './stats.js';
import { soakByCommand } from './command.js';

/** One point of the soak over time: the success rate so far and the p95 of the recent probes. */
export interface SoakPoint {
  atMs: number;
  successRate: number;
  p95Ms: number;
}

export interface SoakResult {
  passed: boolean;
  /** what decided it */
  reason: string;
  successRate: number;
  p95Ms: number;
  probes: number;
  failures: number;
  /** ms after the soak began when it was decided */
  decidedAtMs: number;
  points: SoakPoint[];
}

export interface SoakOptions {
  clock: Clock;
  logger: Logger;
  cwd: string;
  env: Record<string, string>;
}

/** Recent probes the p95 of a point is taken over. */
const WINDOW = 20;

function soakCheck(soak: SoakSettings, health: HealthSettings): HealthCheck {
  const first = health.checks[0] ?? { path: '/', status: 200 };
  return soak.path === undefined ? first : { path: soak.path, status: 200 };
}

class Tally {
  readonly outcomes: boolean[] = [];
  readonly latencies: number[] = [];
  readonly points: SoakPoint[] = [];

  add(atMs: number, ok: boolean, ms: number): void {
    this.outcomes.push(ok);
    if (ok) this.latencies.push(ms);
    const recent = this.latencies.slice(-WINDOW);
    this.points.push({ atMs, successRate: successRate(this.outcomes), p95Ms: percentile(recent, 95) });
  }

  get failures(): number {
    return this.outcomes.filter((ok) => !ok).length;
  }

  result(passed: boolean, reason: string, decidedAtMs: number): SoakResult {
    const figures = { successRate: successRate(this.outcomes), p95Ms: percentile(this.latencies, 95) };
    return {
      passed,
      reason,
      ...figures,
      probes: this.outcomes.length,
      failures: this.failures,
      decidedAtMs,
      points: this.points,
    };
  }
}

function finalVerdict(tally: Tally, soak: SoakSettings, atMs: number): SoakResult {
  const { successRate: rate, p95Ms } = tally.result(true, '', atMs);
  if (rate < soak.successRate)
    return tally.result(false, `success rate ${rate.toFixed(1)}% < ${soak.successRate}%`, atMs);
  if (p95Ms > soak.p95Ms) {
    return tally.result(false, `p95 latency ${formatDuration(p95Ms)} > ${formatDuration(soak.p95Ms)}`, atMs);
  }
  return tally.result(true, `success rate ${rate.toFixed(1)}%, p95 ${formatDuration(p95Ms)}`, atMs);
}

/** Soaks the colour at `base`; a zero duration passes at once. */
export async function runSoak(
  base: string,
  soak: SoakSettings,
  health: HealthSettings,
  options: SoakOptions,
): Promise<SoakResult> {
  if (soak.durationMs === 0) return new Tally().result(true, 'no soak (duration 0s)', 0);
  if (soak.command !== undefined) return soakByCommand(soak, options);
  const { clock } = options;
  const started = clock.now();
  const budget = failureBudget(Math.max(1, Math.floor(soak.durationMs / soak.intervalMs)), soak.successRate);
  const check = soakCheck(soak, health);
  const tally = new Tally();
  while (clock.now() - started < soak.durationMs) {
    const next = clock.now() + soak.intervalMs;
    const result = await probe(base, check, Math.min(health.timeoutMs, soak.intervalMs * 5));
    tally.add(clock.now() - started, result.outcome === 'ok', result.ms);
    if (result.outcome !== 'ok') options.logger.warning(`Soak: ${result.detail}`);
    if (tally.failures > budget) {
      const reason = `${tally.failures} failed probe(s), more than the ${soak.successRate}% success rate allows: ${result.detail}`;
      return tally.result(false, reason, clock.now() - started);
    }
    await clock.sleep(next - clock.now());
  }
  return finalVerdict(tally, soak, clock.now() - started);
}
