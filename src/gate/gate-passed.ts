/**
 * The deploy guard: did the quality gate pass for this commit? Read from the check run the gate published,
 * so a deploy of a commit nobody gated, or one still being gated, is refused like a failed one.
 */
import { silentLogger, type Logger } from '../core/logger.js';
import { CheckRuns } from '../github/check-runs.js';
import type { GitHubClient } from '../github/client.js';
import type { RepoRef } from '../github/repo.js';
import { GATE_CHECK_RUN_NAME } from './github-report.js';

export interface GateVerdict {
  passed: boolean;
  state: 'passed' | 'failed' | 'pending' | 'missing';
  /** a sentence for the deploy log */
  detail: string;
  url?: string;
}

export async function gatePassedFor(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
  logger: Logger = silentLogger,
): Promise<GateVerdict> {
  const run = await new CheckRuns(client, repo, logger).latest(sha, GATE_CHECK_RUN_NAME);
  const short = sha.slice(0, 12);
  if (!run)
    return {
      passed: false,
      state: 'missing',
      detail: `No "${GATE_CHECK_RUN_NAME}" check run on ${short}: the gate never ran for it.`,
    };
  const url = run.htmlUrl ? { url: run.htmlUrl } : {};
  if (run.status !== 'completed')
    return { passed: false, state: 'pending', detail: `The quality gate is still running on ${short}.`, ...url };
  if (run.conclusion === 'success')
    return { passed: true, state: 'passed', detail: `The quality gate passed on ${short}.`, ...url };
  return {
    passed: false,
    state: 'failed',
    detail: `The quality gate did not pass on ${short} (${run.conclusion ?? 'no conclusion'})${run.output.title ? `: ${run.output.title}` : ''}.`,
    ...url,
  };
}
