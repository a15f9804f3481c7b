// The quality gate as a deploy requirement: the gate's own verdict for the SHA (gate/gate-passed.ts).
import { gatePassedFor } from '../../gate/gate-passed.js';
import type { GitHubClient } from '../../github/client.js';
import type { RepoRef } from '../../github/repo.js';
import type { QualityGate } from './context.js';

export function qualityGateOf(client: GitHubClient, repo: RepoRef): QualityGate {
  return async (sha) => {
    const verdict = await gatePassedFor(client, repo, sha);
    return { passed: verdict.passed, detail: verdict.url ? `${verdict.detail} (${verdict.url})` : verdict.detail };
  };
}
