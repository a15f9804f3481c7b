/** GitHub writes of one run, one after another, as a courtesy that a rate limit cuts short. */
import { errorMessage } from '../../core/errors.js';
import { isRateLimited } from '../../github/request-error.js';
import type { PublishTarget } from '../../publishing/pull-request.js';

/** Runs writes in turn; a rate limit stops the rest, any other failure warns and the next write goes on. */
export class Writes {
  stopped: string | undefined;
  private done = 0;

  constructor(private readonly target: PublishTarget) {}

  /** Runs one write; returns why it did not happen (refused, or stopped by the rate limit), or undefined. */
  async run(what: string, write: () => Promise<unknown>): Promise<string | undefined> {
    if (this.stopped !== undefined) return this.stopped;
    try {
      await write();
      this.done++;
      return undefined;
    } catch (error) {
      if (!isRateLimited(error)) {
        this.target.logger.warning(`Could not publish the ${what}: ${errorMessage(error)}`);
        return errorMessage(error);
      }
      this.stopped = `GitHub's rate limit stopped the updates after ${this.done}: ${errorMessage(error)}`;
      this.target.logger.warning(`shipgate conflicts: ${this.stopped}`);
      return this.stopped;
    }
  }
}
