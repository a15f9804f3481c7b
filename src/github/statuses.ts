import { silentLogger, type Logger } from '../core/logger.js';
import type { GitHubClient } from './client.js';
import { NO_BLIND_RETRY, createOnce } from './create-once.js';
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

  /**
   * Sets the status. Should GitHub fail in a way that leaves open whether it set it, a newest status of the
   * context equal to this one counts as set: what the commit shows is then what was asked for.
   */
  async create(input: CommitStatusInput): Promise<CommitStatus> {
    const description =
      input.description === undefined ? undefined : truncateLine(input.description, LIMITS.statusDescription);
    const wanted = { ...input, description };
    const status = await createOnce(
      this.client,
      `set the "${input.context}" status`,
      () => this.post(wanted),
      async () => {
        const newest = await this.newest(input.sha, input.context);
        return newest !== undefined && sameStatus(newest, wanted) ? newest : undefined;
      },
    );
    this.logger.debug(`Set status "${input.context}" to ${input.state} on ${input.sha.slice(0, 7)}.`);
    return status;
  }

  private async post(input: CommitStatusInput): Promise<CommitStatus> {
    const { data } = await withPermission(
      'statuses: write',
      `set the "${input.context}" status`,
      () =>
        this.client.rest.repos.createCommitStatus({
          ...this.repo,
          sha: input.sha,
          state: input.state,
          context: input.context,
          description: input.description,
          target_url: input.targetUrl,
          request: NO_BLIND_RETRY,
        }),
      { notFoundMeansDenied: true },
    );
    return toCommitStatus(data);
  }

  /** The newest status of `context` among the commit's 100 newest (GitHub lists them newest first). */
  private async newest(sha: string, context: string): Promise<CommitStatus | undefined> {
    const { data } = await withPermission('statuses: write', `read the statuses of ${sha.slice(0, 7)}`, () =>
      this.client.rest.repos.listCommitStatusesForRef({ ...this.repo, ref: sha, per_page: 100 }),
    );
    const found = data.find((status) => status.context === context);
    return found && toCommitStatus(found);
  }
}

interface ApiStatus {
  id: number;
  state: string;
  context: string;
  description: string | null;
  target_url: string | null;
}

function toCommitStatus(data: ApiStatus): CommitStatus {
  return {
    id: Number(data.id),
    state: data.state,
    context: data.context,
    description: data.description,
    targetUrl: data.target_url,
  };
}

function sameStatus(stored: CommitStatus, wanted: CommitStatusInput): boolean {
  return (
    stored.state === wanted.state &&
    (stored.description ?? '') === (wanted.description ?? '') &&
    (stored.targetUrl ?? '') === (wanted.targetUrl ?? '')
  );
}
