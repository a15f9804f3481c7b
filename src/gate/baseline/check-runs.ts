/** The base branch's metrics as the gate stored them in its check runs, read back through the Checks API. */
import type { Logger } from '../../core/logger.js';
import { CheckRuns } from '../../github/check-runs.js';
import type { GitHubClient } from '../../github/client.js';
import type { RepoRef } from '../../github/repo.js';
import { GATE_CHECK_RUN_NAME } from '../github-report.js';
import type { BaselineSource } from './find.js';
import { decodeRecord, type StoredMetrics } from './record.js';

export function checkRunBaseline(client: GitHubClient, repo: RepoRef, logger: Logger): BaselineSource {
  const runs = new CheckRuns(client, repo, logger);
  return {
    description: `the "${GATE_CHECK_RUN_NAME}" check runs`,
    perCommit: true,
    async metricsAt(sha: string): Promise<StoredMetrics | undefined> {
      const run = await runs.latest(sha, GATE_CHECK_RUN_NAME);
      return decodeRecord(run?.output.summary);
    },
  };
}
