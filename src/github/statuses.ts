import { silentLogger, type Logger } from '../logger.js';
import type { GitHubClient } from './client.js';
import { withPermission } from './permissions.js';
import type { RepoRef } from './repo.js';
import { LIMITS, truncateLine } from './text-limits.js';

export type CommitState = 'error' | 'failure' | 'pending' | 'success';

export interface CommitStatusInput {
  sha: string;
  state: CommitState;
  /** The name shown on the pull request, e.g. "shipgate/compliance". */
  context: string;
  /** Cut to GitHub's 140 characters. */
  description?: string;
  targetUrl?: string;
}

export interface CommitStatus {
  id: number;
  state: string;
  context: string;
  description: string | null;
  targetUrl: string | null;
}

/** Commit statuses (the older, simpler sibling of check runs). */
export class CommitStatuses {
  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    private readonly logger: Logger = silentLogger,
  ) {}

  async create(input: CommitStatusInput): Promise<CommitStatus> {
    const description =
      input.description === undefined ? undefined : truncateLine(input.description, LIMITS.statusDescription);
    const { data } = await withPermission('statuses: write', `set the "${input.context}" status`, () =>
      this.client.rest.repos.createCommitStatus({
        ...this.repo,
        sha: input.sha,
        state: input.state,
        context: input.context,
        description,
        target_url: input.targetUrl,
      }), { notFoundMeansDenied: true });
    this.logger.debug(`Set status "${input.context}" to ${input.state} on ${input.sha.slice(0, 7)}.`);
    return {
      id: Number(data.id),
      state: data.state,
      context: data.context,
      description: data.description,
      targetUrl: data.target_url,
    };
  }
}
