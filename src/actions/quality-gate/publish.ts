/** What the gate step tells GitHub: the check run and the sticky comment; step annotations without a check run. */
import * as core from '@actions/core';
import { createGitHubClient, type GitHubClient } from '../../github/client.js';
import { parseRepo } from '../../github/repo.js';
import { gateAnnotations, publishGateCheckRun, publishGateComment, type GateLinks } from '../../gate/github-report.js';
import type { GateResult } from '../../gate/report.js';
import { type Courtesy } from '../../publishing/courtesy.js';
import type { PublishTarget } from '../../publishing/pull-request.js';
import type { PullContext, RunnerContext } from '../../runner/context.js';
import { coreLogger } from '../../runner/logger.js';
import type { GateInputs } from './inputs.js';

/** The step's GitHub client (none without a token), its calls bound by the step's publishing budget. */
export function clientFor(inputs: GateInputs, runner: RunnerContext, courtesy: Courtesy): GitHubClient | undefined {
  if (!inputs.token) return undefined;
  return createGitHubClient({
    token: inputs.token,
    logger: coreLogger,
    baseUrl: runner.apiUrl,
    deadline: courtesy.deadline,
  });
}

export interface Publication {
  result: GateResult;
  headSha: string;
  links: GateLinks;
  comment: boolean;
}

/** Publishes what the inputs ask for; true when the check run (which carries every annotation) was published. */
export async function publish(
  p: Publication,
  inputs: GateInputs,
  runner: RunnerContext,
  pull: PullContext | undefined,
  github: { client: GitHubClient | undefined; courtesy: Courtesy },
): Promise<boolean> {
  const { client, courtesy } = github;
  const wanted = [inputs.checkRun && 'checkRun', p.comment && pull && 'comment'].filter(Boolean);
  if (!client) {
    if (wanted.length > 0) core.notice(`shipgate: no token, so nothing was published (skipped: ${wanted.join(', ')}).`);
    return false;
  }
  const target: PublishTarget = { client, repo: parseRepo(runner.repository, 'GITHUB_REPOSITORY'), logger: coreLogger };
  const checkRun =
    inputs.checkRun &&
    (await courtesy.publish('check run', () => publishGateCheckRun(target, p.result, p.headSha, p.links)));
  if (p.comment && pull) {
    await courtesy.publish('pull request comment', () => publishGateComment(target, p.result, pull.number, p.links));
  }
  return checkRun;
}

/** Without a check run: the failed tests and new lint errors on the step itself, 9 (the verdict is the 10th error). */
export function annotate(result: GateResult): void {
  for (const annotation of gateAnnotations(result).slice(0, 9)) {
    core.error(annotation.message, {
      file: annotation.path,
      startLine: annotation.startLine,
      title: annotation.title ?? 'shipgate quality gate',
    });
  }
}
