import { silentLogger, type Logger } from '../core/logger.js';
import type { GitHubClient } from './client.js';
import { explainRefusal, withPermission } from './permissions.js';
import type { RepoRef } from './repo.js';

export interface PullRequest {
  number: number;
  title: string;
  state: 'open' | 'closed';
  draft: boolean;
  merged: boolean;
  author: string;
  labels: string[];
  headRef: string;
  headSha: string;
  /** "owner/repo" of the head branch; differs from the base repository for forks. */
  headRepo: string | null;
  isFork: boolean;
  baseRef: string;
  baseSha: string;
  htmlUrl: string;
}

export type ChangedFileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface ChangedFile {
  path: string;
  status: ChangedFileStatus;
  /** The path before a rename or copy. */
  previousPath?: string;
  additions: number;
  deletions: number;
}

// GitHub lists at most this many files of a pull request.
const FILE_LIST_CAP = 3000;

/** Pull requests of one repository, as small plain objects. */
export class PullRequests {
  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    private readonly logger: Logger = silentLogger,
  ) {}

  // Reads of one pull request leave 404 alone: it means the number is unknown. Listing does not.
  async get(number: number): Promise<PullRequest> {
    const { data } = await withPermission('pull-requests: read', `read pull request #${number}`, () =>
      this.client.rest.pulls.get({ ...this.repo, pull_number: number }),
    );
    return toPullRequest(data, this.repo);
  }

  /** Every file the pull request changes, across all pages. */
  async changedFiles(number: number): Promise<ChangedFile[]> {
    const files = await withPermission('pull-requests: read', `list the files of #${number}`, () =>
      this.client.paginate(this.client.rest.pulls.listFiles, {
        ...this.repo,
        pull_number: number,
        per_page: 100,
      }),
    );
    if (files.length >= FILE_LIST_CAP) {
      this.logger.warning(
        `GitHub lists only the first ${FILE_LIST_CAP} files of #${number}; the rest are not checked.`,
      );
    }
    return files.map((file) => ({
      path: file.filename,
      status: file.status,
      ...(file.previous_filename === undefined ? {} : { previousPath: file.previous_filename }),
      additions: file.additions,
      deletions: file.deletions,
    }));
  }

  /** Open pull requests, oldest first, optionally only those into `base`. */
  async listOpen(options: { base?: string } = {}): Promise<PullRequest[]> {
    const pulls = await withPermission(
      'pull-requests: read',
      'list the open pull requests',
      () =>
        this.client.paginate(this.client.rest.pulls.list, {
          ...this.repo,
          state: 'open',
          base: options.base,
          sort: 'created',
          direction: 'asc',
          per_page: 100,
        }),
      { notFoundMeansDenied: true },
    );
    return pulls.map((pull) => toPullRequest(pull, this.repo));
  }

  /**
   * Merges the base into the pull request's branch on GitHub ("Update branch"); `expectedHeadSha` makes
   * GitHub refuse (422) if someone pushed since, rather than merge into a head nobody checked.
   */
  async updateBranch(number: number, expectedHeadSha: string): Promise<void> {
    await withPermission('contents: write', `update the branch of #${number}`, () =>
      this.client.rest.pulls.updateBranch({ ...this.repo, pull_number: number, expected_head_sha: expectedHeadSha }),
    );
    this.logger.debug(`Asked GitHub to bring #${number} up to date with its base.`);
  }

  /**
   * Open pull requests page by page (100 a page: 1 + N/100 calls), keeping the pages already read when a
   * later page fails, so a run that hits a rate limit can report on what it has. `failure` says why it stopped.
   */
  async listOpenPartially(options: { base?: string } = {}): Promise<{ pulls: PullRequest[]; failure?: unknown }> {
    const pulls: PullRequest[] = [];
    const pages = this.client.paginate.iterator(this.client.rest.pulls.list, {
      ...this.repo,
      state: 'open',
      base: options.base,
      sort: 'created',
      direction: 'asc',
      per_page: 100,
    });
    try {
      for await (const page of pages) pulls.push(...page.data.map((pull) => toPullRequest(pull, this.repo)));
      return { pulls };
    } catch (error) {
      const refused = explainRefusal(error, 'pull-requests: read', 'list the open pull requests', {
        notFoundMeansDenied: true,
      });
      if (refused) throw refused;
      return { pulls, failure: error };
    }
  }
}

interface ApiBranch {
  ref: string;
  sha: string;
  repo: { full_name: string } | null;
}

export interface ApiPull {
  number: number;
  title: string;
  state: string;
  draft?: boolean;
  merged_at: string | null;
  user: { login: string } | null;
  labels: Array<{ name?: string }>;
  head: ApiBranch;
  base: ApiBranch;
  html_url: string;
}

/** A pull request as the REST API or a webhook payload renders it, as a small plain object. */
export function toPullRequest(pull: ApiPull, repo: RepoRef): PullRequest {
  const headRepo = pull.head.repo?.full_name ?? null;
  return {
    number: pull.number,
    title: pull.title,
    state: pull.state === 'closed' ? 'closed' : 'open',
    draft: pull.draft ?? false,
    merged: pull.merged_at !== null,
    author: pull.user?.login ?? '',
    labels: pull.labels.map((label) => label.name ?? '').filter(Boolean),
    headRef: pull.head.ref,
    headSha: pull.head.sha,
    headRepo,
    // A deleted fork leaves head.repo null: treat it as a fork too (its token is just as limited).
    isFork: headRepo === null || headRepo.toLowerCase() !== `${repo.owner}/${repo.repo}`.toLowerCase(),
    baseRef: pull.base.ref,
    baseSha: pull.base.sha,
    htmlUrl: pull.html_url,
  };
}
