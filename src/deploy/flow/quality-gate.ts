// The quality gate as a deploy requirement: the check run the gate publishes must have succeeded for the SHA.
// Kept in this one place so it can later ask the gate's own engine instead of reading its check run.
import { CheckRuns } from '../../github/check-runs.js';
import type { GitHubClient } from '../../github/client.js';
import type { RepoRef } from '../../github/repo.js';
import type { QualityGate } from './context.js';
import { QUALITY_GATE_CHECK } from './prepare.js';

export function qualityGateFromCheckRun(client: GitHubClient, repo: RepoRef): QualityGate {
  const checkRuns = new CheckRuns(client, repo);
  return async (sha) => {
    const run = await checkRuns.latest(sha, QUALITY_GATE_CHECK);
    if (run === undefined) return { passed: false, detail: `no check run "${QUALITY_GATE_CHECK}" on ${sha}` };
    if (run.status !== 'completed') return { passed: false, detail: `"${QUALITY_GATE_CHECK}" is still ${run.status}` };
    const where = run.htmlUrl === null ? '' : ` (${run.htmlUrl})`;
    return {
      passed: run.conclusion === 'success',
      detail: `"${QUALITY_GATE_CHECK}" concluded ${run.conclusion}${where}`,
    };
  };
}
