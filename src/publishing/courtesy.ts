import type { Logger } from '../core/logger.js';
import { errorMessage } from '../core/errors.js';

/**
 * Publishing is a courtesy on top of the verdict: when GitHub refuses it (a fork's read-only token) or
 * fails after retries, the step warns and its result still stands.
 */
export async function publishAsCourtesy(
  what: string,
  logger: Logger,
  action: () => Promise<unknown>,
): Promise<boolean> {
  try {
    await action();
    return true;
  } catch (error) {
    logger.warning(`Could not publish the ${what}: ${errorMessage(error)}`);
    return false;
  }
}
