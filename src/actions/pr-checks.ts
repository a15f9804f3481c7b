import { runAction } from '../runner/run-action.js';
import { runPullRequestChecks } from './pr-checks/run-checks.js';

/**
 * The root action (`uses: owner/shipgate@v1`): the PR checks the repository's config enables; with no
 * config, V2 compliance of the changed files.
 */
export function main(): Promise<void> {
  return runAction(runPullRequestChecks);
}
