// Check runs and their annotations, as GitHub renders them.
import type { AnnotationRecord, CheckRunRecord, IssueRecord } from '../records.js';
import type { StandinState } from '../state.js';
import type { Urls } from '../urls.js';
import { githubActionsApp, nodeId } from './users.js';

export function checkRunJson(run: CheckRunRecord, state: StandinState, urls: Urls): Record<string, unknown> {
  const url = `${urls.repoApi}/check-runs/${run.id}`;
  const html = `${urls.repoHtml}/runs/${run.id}`;
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('CheckRun', run.id),
    head_sha: run.headSha,
    external_id: run.externalId ?? '',
    url,
    html_url: html,
    details_url: run.detailsUrl ?? html,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      ...run.output,
      annotations_count: run.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    check_suite: { id: run.checkSuiteId },
    app: githubActionsApp(urls),
    pull_requests: openPullsWithHead(state, run.headSha).map((issue) => minimalPull(issue, state, urls)),
  };
}

/** GitHub lists the open pull requests of the same repository whose head is the run's commit. */
function openPullsWithHead(state: StandinState, sha: string): IssueRecord[] {
  return [...state.issues.values()].filter((issue) => issue.state === 'open' && issue.pull?.head.sha === sha);
}

function minimalPull(issue: IssueRecord, state: StandinState, urls: Urls): Record<string, unknown> {
  const repo = { id: state.repository.id, url: urls.repoApi, name: state.repo };
  return {
    id: issue.id,
    number: issue.number,
    url: `${urls.repoApi}/pulls/${issue.number}`,
    head: { ref: issue.pull?.head.ref, sha: issue.pull?.head.sha, repo },
    base: { ref: issue.pull?.base.ref, sha: issue.pull?.base.sha, repo },
  };
}

export function annotationJson(annotation: AnnotationRecord, run: CheckRunRecord, urls: Urls): Record<string, unknown> {
  return {
    path: annotation.path,
    blob_href: `${urls.repoHtml}/blob/${run.headSha}/${annotation.path}`,
    start_line: annotation.start_line,
    end_line: annotation.end_line,
    start_column: annotation.start_column ?? null,
    end_column: annotation.end_column ?? null,
    annotation_level: annotation.annotation_level,
    title: annotation.title ?? '',
    message: annotation.message,
    raw_details: annotation.raw_details ?? '',
  };
}
