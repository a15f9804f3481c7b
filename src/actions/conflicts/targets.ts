/** What a workflow event asks the conflicts check to do: one pull request against the others, or every one. */
import type { ConflictsSettings } from '../../conflicts/settings.js';
import { toPullRequest, type ApiPull, type PullRequest } from '../../github/pulls.js';
import type { RepoRef } from '../../github/repo.js';
import { defaultBranchOf, type RunnerContext } from '../../runner/context.js';
import type { ConflictsInputs } from './inputs.js';

export type Target =
  | { kind: 'skip'; reason: string }
  /** a pull request event: that pull request against its base and every other open one into it */
  | { kind: 'pull'; base: string; focus: PullRequest }
  /** a push to the base, a schedule, a manual run: every open pull request into the base */
  | { kind: 'all'; base: string };

const PULL_EVENTS = new Set(['pull_request', 'pull_request_target']);

function allowed(base: string, settings: ConflictsSettings): boolean {
  return settings.bases.length === 0 || settings.bases.includes(base);
}

function pullTarget(payload: Record<string, unknown>, repo: RepoRef, settings: ConflictsSettings): Target {
  const data = payload.pull_request as ApiPull | undefined;
  if (!data?.head?.sha || !data.base?.ref) return { kind: 'skip', reason: 'the event carries no pull request' };
  const focus = toPullRequest(data, repo);
  if (focus.state === 'closed') return { kind: 'skip', reason: `#${focus.number} is closed` };
  if (!allowed(focus.baseRef, settings)) return { kind: 'skip', reason: `its base ${focus.baseRef} is not in bases` };
  return { kind: 'pull', base: focus.baseRef, focus };
}

export function targetOf(
  runner: RunnerContext,
  inputs: ConflictsInputs,
  settings: ConflictsSettings,
  repo: RepoRef,
): Target {
  const { name, payload } = runner.event;
  if (PULL_EVENTS.has(name)) return pullTarget(payload, repo, settings);
  if (name === 'push') {
    if (!runner.ref.startsWith('refs/heads/')) return { kind: 'skip', reason: `${runner.ref} is not a branch` };
    const base = inputs.base ?? runner.ref.slice('refs/heads/'.length);
    return allowed(base, settings) ? { kind: 'all', base } : { kind: 'skip', reason: `${base} is not in bases` };
  }
  const base = inputs.base ?? settings.bases[0] ?? defaultBranchOf(runner.event) ?? settings.base ?? 'main';
  return { kind: 'all', base };
}
