import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/logger.js';

/** Time one step may spend publishing, retries and rate-limit waits included, unless the workflow says otherwise. */
export const DEFAULT_PUBLISH_SECONDS = 120;

/**
 * Publishing is a courtesy on top of the verdict: when GitHub refuses it (a fork's read-only token) or
 * fails after retries, the step warns and its result still stands. A step spends at most its budget on
 * it: a GitHub that does not answer delays the verdict by that much at most, and what was left is named.
 */
export class Courtesy {
  readonly deadline: number;

  constructor(
    private readonly logger: Logger,
    private readonly budgetSeconds: number = DEFAULT_PUBLISH_SECONDS,
    private readonly now: () => number = Date.now,
  ) {
    this.deadline = now() + budgetSeconds * 1000;
  }

  /** Publishes `what`; false (with a warning saying why) when it failed or the budget was spent. */
  async publish(what: string, action: () => Promise<unknown>): Promise<boolean> {
    if (this.now() >= this.deadline) {
      this.logger.warning(`Skipped the ${what}: the ${this.budgetSeconds} s allowed for publishing are spent.`);
      return false;
    }
    try {
      await action();
      return true;
    } catch (error) {
      this.logger.warning(`Could not publish the ${what}: ${errorMessage(error)}`);
      return false;
    }
  }
}
