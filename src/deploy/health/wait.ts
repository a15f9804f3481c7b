// Waiting for a colour to become healthy: probes with capped, jittered backoff, under an overall deadline,
// stopped early by the circuit breaker.
import type { Clock } from '../clock.js';
import { formatDuration } from '../duration.js';
import type { Logger } from '../../core/logger.js';
import type { HealthSettings } from '../settings.js';
import { backoffDelay } from './backoff.js';
import { CircuitBreaker } from './breaker.js';
import { probeAll, type ProbeResult } from './probe.js';

export interface HealthVerdict {
  healthy: boolean;
  attempts: number;
  /** why it is not healthy, or what the last probe said */
  reason: string;
}

export interface WaitOptions {
  clock: Clock;
  logger: Logger;
  random?: () => number;
}

/** One round of every check, for a quick verdict (a warm colour before a rollback, the live one when reconciling). */
export async function checkOnce(base: string, health: HealthSettings): Promise<HealthVerdict> {
  const result = await probeAll(base, health.checks, health.timeoutMs);
  return { healthy: result.outcome === 'ok', attempts: 1, reason: result.detail };
}

function verdict(healthy: boolean, attempts: number, reason: string): HealthVerdict {
  return { healthy, attempts, reason };
}

/** Probes `base` until every check passes, the breaker opens or the deadline passes. */
export async function waitHealthy(base: string, health: HealthSettings, options: WaitOptions): Promise<HealthVerdict> {
  const { clock, logger } = options;
  const deadline = clock.now() + health.deadlineMs;
  const breaker = new CircuitBreaker(health.failureThreshold);
  for (let attempt = 0; ; attempt += 1) {
    const timeoutMs = Math.max(1, Math.min(health.timeoutMs, deadline - clock.now()));
    const result: ProbeResult = await probeAll(base, health.checks, timeoutMs);
    if (result.outcome === 'ok') return verdict(true, attempt + 1, result.detail);
    breaker.record(result.outcome);
    logger.debug(`Health attempt ${attempt + 1}: ${result.detail}`);
    if (breaker.open) {
      return verdict(
        false,
        attempt + 1,
        `${breaker.failures} wrong answers in a row (circuit breaker): ${result.detail}`,
      );
    }
    const delay = backoffDelay(attempt, health.initialDelayMs, health.maxDelayMs, options.random);
    if (clock.now() + delay >= deadline) {
      return verdict(
        false,
        attempt + 1,
        `not healthy within the ${formatDuration(health.deadlineMs)} deadline: ${result.detail}`,
      );
    }
    await clock.sleep(delay);
  }
}
