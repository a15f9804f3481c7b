import { silentLogger, type Logger } from '../core/logger.js';
import type { GitHubClient } from './client.js';
import { withPermission } from './permissions.js';
import type { RepoRef } from './repo.js';

/** The repository's branches as GitHub sees them: which are protected, and deleting one. */
export class Branches {
  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    private readonly logger: Logger = silentLogger,
  ) {}

  /** Names of the protected branches (1 + N/100 calls). */
  async protectedNames(): Promise<Set<string>> {
    const branches = await withPermission('contents: read', 'list the protected branches', () =>
      this.client.paginate(this.client.rest.repos.listBranches, { ...this.repo, protected: true, per_page: 100 }),
    );
    return new Set(branches.map((branch) => branch.name));
  }

  /** Deletes a branch (its ref); GitHub refuses protected ones itself too. */
  async delete(name: string): Promise<void> {
    await withPermission('contents: write', `delete the branch ${name}`, () =>
      this.client.rest.git.deleteRef({ ...this.repo, ref: `heads/${name}` }),
    );
    this.logger.debug(`Deleted the branch ${name}.`);
  }
}
