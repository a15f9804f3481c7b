/** GitHub writes of one run, one after another, as a courtesy that a rate limit or the time allowed cuts short. */
import { errorMessage } from '../../core/errors.js';
import { isRateLimited } from '../../github/request-error.js';
import type { PublishTarget } from '../../publishing/pull-request.js';

/**
 * Runs writes in turn; a rate limit or the end of the publishing time stops the rest, any other failure warns
 * and the next write goes on.
 */
export class Writes {
  stopped: string | undefined;
  private done = 0;

  constructor(private readonly target: PublishTarget) {}

  /** Runs one write; returns why it did not happen (refused, or the writes stopped), or undefined. */
  async run(what: string, write: () => Promise<unknown>): Promise<string | undefined> {
    if (this.stopped === undefined && this.pastDeadline()) this.stop('the time allowed for publishing was spent');
    if (this.stopped !== undefined) return this.stopped;
    try {
      await write();
      this.done++;
      return undefined;
    } catch (error) {
      if (isRateLimited(error)) return this.stop(`GitHub's rate limit stopped the updates: ${errorMessage(error)}`);
      if (this.pastDeadline()) return this.stop(`the time allowed for publishing was spent: ${errorMessage(error)}`);
      this.target.logger.warning(`Could not publish the ${what}: ${errorMessage(error)}`);
      return errorMessage(error);
    }
  }

  private pastDeadline(): boolean {
    return this.target.deadline !== undefined && Date.now() >= this.target.deadline;
  }

  /** No write starts after this: `why`, with how many were done, becomes the reason the result is partial. */
  private stop(why: string): string {
    this.stopped = `${why} (after ${this.done} update(s); the rest were skipped)`;
    this.target.logger.warning(`shipgate conflicts: ${this.stopped}`);
    return this.stopped;
  }
}
