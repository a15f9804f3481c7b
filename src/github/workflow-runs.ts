import type { GitHubClient } from './client.js';
import { withPermission } from './permissions.js';
import type { RepoRef } from './repo.js';
import { statusOf } from './request-error.js';

/** Where a workflow run stands: still going, finished, or unknown (deleted, or in another repository). */
export type RunProgress = 'running' | 'finished' | 'unknown';

/** Workflow runs of one repository, as far as shipgate asks about them. */
export class WorkflowRuns {
  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
  ) {}

  async progress(runId: string): Promise<RunProgress> {
    try {
      const { data } = await withPermission('actions: read', `read workflow run ${runId}`, () =>
        this.client.rest.actions.getWorkflowRun({ ...this.repo, run_id: Number(runId) }),
      );
      return data.status === 'completed' ? 'finished' : 'running';
    } catch (error) {
      if (statusOf(error) === 404) return 'unknown';
      throw error;
    }
  }
}
