import * as core from '@actions/core';
import { ConfigurationError, errorMessage } from '../core/errors.js';

/**
 * Runs an action's main function: a user's mistake fails the step with its message; anything else
 * is reported as a bug with its stack, never swallowed.
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      core.setFailed(error.message);
      return;
    }
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(`shipgate failed unexpectedly: ${errorMessage(error)}`);
  }
}
