import { silentLogger, type Logger } from '../core/logger.js';
import type { GitHubClient } from './client.js';
import { NO_BLIND_RETRY, createOnce } from './create-once.js';
import { withPermission } from './permissions.js';
import type { RepoRef } from './repo.js';
import { LIMITS, truncateLine, truncateMarkdown } from './text-limits.js';

export interface TrackingIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  htmlUrl: string;
  labels: string[];
}

export interface TrackingIssueSpec {
  /** The label that marks the tracking issue; it is put on the issue when created. */
  label: string;
  title: string;
  body: string;
  /** Match on the title too, for several tracking issues sharing one label. */
  matchTitle?: boolean;
  /** Reopen a closed tracking issue instead of opening a new one. */
  reopen?: boolean;
}

export type TrackingOutcome = 'created' | 'updated' | 'reopened' | 'unchanged';

/** Tracking issues found by label (and optionally title), e.g. the nightly compliance report. */
export class TrackingIssues {
  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    private readonly logger: Logger = silentLogger,
  ) {}

  /** The oldest issue in `state` with the label (and title, if given); pull requests are skipped. */
  async find(
    label: string,
    options: { title?: string; state?: 'open' | 'closed' } = {},
  ): Promise<TrackingIssue | undefined> {
    // Listing a repository's issues answers 404 only when the token cannot see the repository.
    const issues = await withPermission(
      'issues: read',
      `list the issues labelled "${label}"`,
      () =>
        this.client.paginate(this.client.rest.issues.listForRepo, {
          ...this.repo,
          labels: label,
          state: options.state ?? 'open',
          sort: 'created',
          direction: 'asc',
          per_page: 100,
        }),
      { notFoundMeansDenied: true },
    );
    const match = issues.find(
      (issue) => issue.pull_request === undefined && (options.title === undefined || issue.title === options.title),
    );
    return match && toTrackingIssue(match);
  }

  /** Finds the tracking issue and brings it up to date, or creates it (or reopens it, if asked). */
  async ensure(spec: TrackingIssueSpec): Promise<{ issue: TrackingIssue; outcome: TrackingOutcome }> {
    const title = spec.matchTitle === true ? truncateLine(spec.title, LIMITS.issueTitle) : undefined;
    const open = await this.find(spec.label, { title });
    if (open !== undefined) return this.refresh(open, spec);
    const closed = spec.reopen === true ? await this.find(spec.label, { title, state: 'closed' }) : undefined;
    if (closed !== undefined) {
      return { issue: await this.update(closed.number, { ...spec, state: 'open' }), outcome: 'reopened' };
    }
    return { issue: await this.create(spec), outcome: 'created' };
  }

  /**
   * Opens an issue with the label. Should GitHub fail in a way that leaves open whether it opened it, an open
   * issue with this label and title counts as opened: a tracking issue is one per label (and title), so such an
   * issue is this attempt's, or another run's doing the same job.
   */
  async create(spec: { label: string; title: string; body: string }): Promise<TrackingIssue> {
    const title = truncateLine(spec.title, LIMITS.issueTitle);
    const issue = await createOnce(
      this.client,
      `open the issue "${title}"`,
      () => this.post({ ...spec, title }),
      () => this.find(spec.label, { title }),
    );
    this.logger.info(`Opened issue #${issue.number}: ${issue.title}`);
    return issue;
  }

  async update(
    number: number,
    change: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<TrackingIssue> {
    const { data } = await withPermission('issues: write', `update issue #${number}`, () =>
      this.client.rest.issues.update({
        ...this.repo,
        issue_number: number,
        title: change.title === undefined ? undefined : truncateLine(change.title, LIMITS.issueTitle),
        body: change.body === undefined ? undefined : truncateMarkdown(change.body, LIMITS.issueBody),
        state: change.state,
        state_reason: change.state === 'open' ? 'reopened' : change.state === 'closed' ? 'completed' : undefined,
      }),
    );
    this.logger.debug(`Updated issue #${number}.`);
    return toTrackingIssue(data);
  }

  /** Closes the issue as completed (the problem it tracks is gone). */
  async close(number: number): Promise<TrackingIssue> {
    return this.update(number, { state: 'closed' });
  }

  async reopen(number: number): Promise<TrackingIssue> {
    return this.update(number, { state: 'open' });
  }

  private async post(spec: { label: string; title: string; body: string }): Promise<TrackingIssue> {
    const { data } = await withPermission(
      'issues: write',
      `open the issue "${spec.title}"`,
      () =>
        this.client.rest.issues.create({
          ...this.repo,
          title: spec.title,
          body: truncateMarkdown(spec.body, LIMITS.issueBody),
          labels: [spec.label],
          request: NO_BLIND_RETRY,
        }),
      { notFoundMeansDenied: true },
    );
    return toTrackingIssue(data);
  }

  private async refresh(
    issue: TrackingIssue,
    spec: TrackingIssueSpec,
  ): Promise<{ issue: TrackingIssue; outcome: TrackingOutcome }> {
    const title = truncateLine(spec.title, LIMITS.issueTitle);
    const body = truncateMarkdown(spec.body, LIMITS.issueBody);
    if (issue.title === title && issue.body.replace(/\r\n/g, '\n').trimEnd() === body.trimEnd()) {
      return { issue, outcome: 'unchanged' };
    }
    return { issue: await this.update(issue.number, { title, body }), outcome: 'updated' };
  }
}

interface ApiIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  html_url: string;
  labels: Array<string | { name?: string }>;
}

function toTrackingIssue(issue: ApiIssue): TrackingIssue {
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    state: issue.state === 'closed' ? 'closed' : 'open',
    htmlUrl: issue.html_url,
    labels: issue.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))).filter(Boolean),
  };
}
