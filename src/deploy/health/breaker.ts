import type { ProbeOutcome } from './probe.js';

/**
 * Opens after `threshold` wrong answers in a row, so a broken colour fails fast instead of using the whole
 * deadline. A refused connection does not count: the colour is still starting, and the deadline bounds that.
 */
export class CircuitBreaker {
  private consecutive = 0;

  constructor(private readonly threshold: number) {}

  record(outcome: ProbeOutcome): void {
    if (outcome === 'ok') this.consecutive = 0;
    else if (outcome !== 'refused') this.consecutive += 1;
  }

  get open(): boolean {
    return this.consecutive >= this.threshold;
  }

  get failures(): number {
    return this.consecutive;
  }
}
