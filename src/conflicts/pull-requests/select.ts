/** Which open pull requests a run checks: drafts, bots and skip labels left out as the settings say. */
import type { PullRequest } from '../../github/pulls.js';
import type { ConflictsSettings } from '../settings.js';

export interface Skipped {
  pull: PullRequest;
  reason: string;
}

/** Why a pull request is left out, or undefined when it is checked. */
export function skipReason(pull: PullRequest, settings: ConflictsSettings): string | undefined {
  if (pull.draft && !settings.includeDrafts) return 'a draft (include-drafts: false)';
  if (pull.author.endsWith('[bot]') && !settings.includeBots) return `opened by ${pull.author} (include-bots: false)`;
  const label = pull.labels.find((l) => settings.skipLabels.some((skip) => skip.toLowerCase() === l.toLowerCase()));
  return label === undefined ? undefined : `labelled "${label}" (skip-labels)`;
}

export function selectPulls(
  pulls: PullRequest[],
  settings: ConflictsSettings,
): { checked: PullRequest[]; skipped: Skipped[] } {
  const checked: PullRequest[] = [];
  const skipped: Skipped[] = [];
  for (const pull of pulls) {
    const reason = skipReason(pull, settings);
    if (reason === undefined) checked.push(pull);
    else skipped.push({ pull, reason });
  }
  return { checked, skipped };
}

/** The name a pull request's head has in reports: the ref GitHub keeps for it, which forks share too. */
export const pullBranchName = (number: number): string => `pull/${number}/head`;
