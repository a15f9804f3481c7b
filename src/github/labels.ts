import { silentLogger, type Logger } from '../core/logger.js';
import type { GitHubClient } from './client.js';
import { withPermission } from './permissions.js';
import type { RepoRef } from './repo.js';
import { isNotFound, statusOf } from './request-error.js';

export interface LabelSpec {
  name: string;
  /** Six hex digits, with or without "#". */
  color: string;
  description?: string;
}

export type EnsureOutcome = 'created' | 'updated' | 'unchanged';

/** Labels on pull requests and issues, and the repository's label definitions. All calls are idempotent. */
export class Labels {
  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    private readonly logger: Logger = silentLogger,
  ) {}

  /** The labels on an issue or pull request. */
  async list(issueNumber: number): Promise<string[]> {
    const labels = await withPermission('pull-requests: read', `read the labels of #${issueNumber}`, () =>
      this.client.paginate(this.client.rest.issues.listLabelsOnIssue, {
        ...this.repo,
        issue_number: issueNumber,
        per_page: 100,
      }),
    );
    return labels.map((label) => label.name);
  }

  /**
   * Adds labels; with `current` (the labels known to be there) it sends nothing for those present.
   * Returns the names it asked GitHub to add. A label the repository lacks is created by GitHub on the
   * way, which needs "issues: write" besides "pull-requests: write" (the refusal says so).
   */
  async add(issueNumber: number, names: string[], current?: string[]): Promise<string[]> {
    const present = new Set((current ?? []).map((name) => name.toLowerCase()));
    const missing = unique(names).filter((name) => !present.has(name.toLowerCase()));
    if (missing.length === 0) return [];
    await withPermission('pull-requests: write', `label #${issueNumber} with ${missing.join(', ')}`, () =>
      this.client.rest.issues.addLabels({ ...this.repo, issue_number: issueNumber, labels: missing }),
    );
    this.logger.debug(`Labelled #${issueNumber}: ${missing.join(', ')}.`);
    return missing;
  }

  /** Removes a label; returns false when it was not there (GitHub's 404), which is not an error. */
  async remove(issueNumber: number, name: string): Promise<boolean> {
    try {
      await withPermission('pull-requests: write', `remove label "${name}" from #${issueNumber}`, () =>
        this.client.rest.issues.removeLabel({ ...this.repo, issue_number: issueNumber, name }),
      );
      this.logger.debug(`Removed label "${name}" from #${issueNumber}.`);
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  /** Makes sure the repository has the label with this colour and description. */
  async ensure(spec: LabelSpec): Promise<EnsureOutcome> {
    const wanted = { ...spec, color: normalizeColor(spec.color) };
    const existing = await this.get(wanted.name);
    if (existing === undefined) return this.create(wanted);
    const sameDescription = wanted.description === undefined || wanted.description === (existing.description ?? '');
    if (existing.color.toLowerCase() === wanted.color && sameDescription) return 'unchanged';
    await withPermission('issues: write', `update label "${wanted.name}"`, () =>
      this.client.rest.issues.updateLabel({ ...this.repo, ...wanted }),
    );
    this.logger.debug(`Updated label "${wanted.name}".`);
    return 'updated';
  }

  /** Creates the label when the repository lacks it; an existing one keeps the colour its owners gave it. */
  async createIfMissing(spec: LabelSpec): Promise<EnsureOutcome> {
    const wanted = { ...spec, color: normalizeColor(spec.color) };
    return (await this.get(wanted.name)) === undefined ? this.create(wanted) : 'unchanged';
  }

  private async get(name: string): Promise<{ color: string; description: string | null } | undefined> {
    try {
      const { data } = await this.client.rest.issues.getLabel({ ...this.repo, name });
      return data;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  private async create(spec: LabelSpec): Promise<EnsureOutcome> {
    try {
      await withPermission(
        'issues: write',
        `create label "${spec.name}"`,
        () => this.client.rest.issues.createLabel({ ...this.repo, ...spec }),
        { notFoundMeansDenied: true },
      );
      this.logger.debug(`Created label "${spec.name}".`);
      return 'created';
    } catch (error) {
      // 422 "already_exists": another job created it between our look and our write.
      if (statusOf(error) === 422) return 'unchanged';
      throw error;
    }
  }
}

function normalizeColor(color: string): string {
  const hex = color.replace(/^#/, '').toLowerCase();
  if (!/^[0-9a-f]{6}$/.test(hex)) throw new Error(`A label colour must be six hex digits, not "${color}".`);
  return hex;
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
