// Workflow runs: GET one run, the way deploys tell a dead run's leftovers from a live run's.
import { notFound, type Handler } from '../http.js';
import type { WorkflowRunRecord } from '../records.js';
import { repositoryJson } from '../render/repository.js';
import { nodeId } from '../render/users.js';
import type { StandinState } from '../state.js';
import type { Urls } from '../urls.js';
import { intParam, ok } from './common.js';

function workflowRunJson(run: WorkflowRunRecord, state: StandinState, urls: Urls): Record<string, unknown> {
  const url = `${urls.repoApi}/actions/runs/${run.id}`;
  const repository = repositoryJson(state, urls);
  return {
    id: run.id,
    node_id: nodeId('WorkflowRun', run.id),
    name: 'deploy',
    head_branch: state.repository.defaultBranch,
    run_number: run.id % 1000,
    run_attempt: run.attempt,
    display_title: 'deploy',
    event: 'workflow_dispatch',
    status: run.status,
    conclusion: run.conclusion,
    head_sha: run.headSha,
    path: '.github/workflows/deploy.yml',
    workflow_id: 1,
    url,
    html_url: `${urls.repoHtml}/actions/runs/${run.id}`,
    created_at: run.createdAt,
    updated_at: state.now(),
    head_commit: null,
    head_repository: repository,
    repository,
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${urls.repoApi}/check-suites/1`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    artifacts_url: `${url}/artifacts`,
    workflow_url: `${urls.repoApi}/actions/workflows/1`,
    pull_requests: [],
  };
}

const getWorkflowRun: Handler = (context) => {
  const run = context.state.workflowRuns.get(intParam(context, 'run_id'));
  if (!run) throw notFound();
  return ok(workflowRunJson(run, context.state, context.urls));
};

export const actionsHandlers: Record<string, Handler> = {
  'actions/get-workflow-run': getWorkflowRun,
};
