import { silentLogger, type Logger } from '../core/logger.js';
import type { GitHubClient } from './client.js';
import { NO_BLIND_RETRY, createOnce } from './create-once.js';
import { withPermission } from './permissions.js';
import type { RepoRef } from './repo.js';
import { isNotFound } from './request-error.js';
import { sameText, stickyBody, stickyMarker } from './sticky-text.js';

export interface IssueComment {
  id: number;
  body: string;
  htmlUrl: string;
}

export type StickyOutcome = 'created' | 'updated' | 'unchanged';

export interface StickyResult {
  comment: IssueComment;
  outcome: StickyOutcome;
  /** Duplicates (left by a race between two jobs) deleted on the way. */
  duplicatesRemoved: number;
}

/**
 * One comment per pull request (or issue) and purpose, kept up to date in place. The comment is found
 * by its hidden marker, so it survives edits of its text and restarts of the workflow.
 */
export class StickyComments {
  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    private readonly logger: Logger = silentLogger,
  ) {}

  /** Creates the comment, or updates the existing one when its text differs; removes duplicates. */
  async upsert(issueNumber: number, purpose: string, body: string): Promise<StickyResult> {
    const wanted = stickyBody(purpose, body);
    const [first, ...duplicates] = await this.find(issueNumber, purpose);
    for (const duplicate of duplicates) await this.deleteComment(duplicate.id);
    const duplicatesRemoved = duplicates.length;
    if (first === undefined) {
      return { comment: await this.create(issueNumber, purpose, wanted), outcome: 'created', duplicatesRemoved };
    }
    if (sameText(first.body, wanted)) {
      this.logger.debug(`Comment ${first.id} (${purpose}) is already up to date.`);
      return { comment: first, outcome: 'unchanged', duplicatesRemoved };
    }
    return { comment: await this.update(first.id, wanted), outcome: 'updated', duplicatesRemoved };
  }

  /** shipgate's comments for this purpose, oldest first (normally one). */
  async find(issueNumber: number, purpose: string): Promise<IssueComment[]> {
    const marker = stickyMarker(purpose);
    const comments = await withPermission('pull-requests: read', `read the comments of #${issueNumber}`, () =>
      this.client.paginate(this.client.rest.issues.listComments, {
        ...this.repo,
        issue_number: issueNumber,
        per_page: 100,
      }),
    );
    return comments
      .filter((comment) => (comment.body ?? '').trimStart().startsWith(marker))
      .map(toIssueComment)
      .sort((a, b) => a.id - b.id);
  }

  /** Deletes every comment for this purpose; returns how many there were. */
  async remove(issueNumber: number, purpose: string): Promise<number> {
    const comments = await this.find(issueNumber, purpose);
    for (const comment of comments) await this.deleteComment(comment.id);
    return comments.length;
  }

  /**
   * Should GitHub fail in a way that leaves open whether it made the comment, a comment with the purpose's
   * marker counts as made: upsert creates only when there is none, so such a comment is this attempt's
   * (or another job's for the same purpose, which the next upsert brings up to date).
   */
  private async create(issueNumber: number, purpose: string, body: string): Promise<IssueComment> {
    return createOnce(
      this.client,
      `comment on #${issueNumber}`,
      () => this.post(issueNumber, body),
      async () => (await this.find(issueNumber, purpose))[0],
    );
  }

  private async post(issueNumber: number, body: string): Promise<IssueComment> {
    const { data } = await withPermission('pull-requests: write', `comment on #${issueNumber}`, () =>
      this.client.rest.issues.createComment({ ...this.repo, issue_number: issueNumber, body, request: NO_BLIND_RETRY }),
    );
    this.logger.debug(`Created comment ${String(data.id)} on #${issueNumber}.`);
    return toIssueComment(data);
  }

  private async update(commentId: number, body: string): Promise<IssueComment> {
    const { data } = await withPermission('pull-requests: write', `update comment ${commentId}`, () =>
      this.client.rest.issues.updateComment({ ...this.repo, comment_id: commentId, body }),
    );
    this.logger.debug(`Updated comment ${commentId}.`);
    return toIssueComment(data);
  }

  private async deleteComment(commentId: number): Promise<void> {
    try {
      await withPermission('pull-requests: write', `delete comment ${commentId}`, () =>
        this.client.rest.issues.deleteComment({ ...this.repo, comment_id: commentId }),
      );
      this.logger.debug(`Deleted comment ${commentId}.`);
    } catch (error) {
      // Another job may have deleted it first: the goal is reached either way.
      if (!isNotFound(error)) throw error;
    }
  }
}

interface ApiComment {
  id: number | bigint;
  body?: string | undefined;
  html_url: string;
}

function toIssueComment(comment: ApiComment): IssueComment {
  return { id: Number(comment.id), body: comment.body ?? '', htmlUrl: comment.html_url };
}
