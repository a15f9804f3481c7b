// Pull requests (list and full forms) and their changed files, as GitHub renders them.
import type { BranchPoint, IssueRecord, PullFileRecord, PullRecord } from '../records.js';
import type { StandinState } from '../state.js';
import type { Urls } from '../urls.js';
import { authorAssociation, issueHtmlUrl, labelJson } from './issues.js';
import { repositoryJson } from './repository.js';
import { nodeId, simpleUser } from './users.js';

/** The list form (`pull-request-simple`). */
export function pullSimpleJson(
  issue: IssueRecord,
  pull: PullRecord,
  state: StandinState,
  urls: Urls,
): Record<string, unknown> {
  const assignees = issue.assignees.map((login) => simpleUser(state.user(login), urls));
  return {
    ...pullLinks(issue, pull, urls),
    id: issue.id,
    node_id: nodeId('PullRequest', issue.id),
    number: issue.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    body: issue.body,
    user: simpleUser(state.user(issue.author), urls),
    // The list form's description declares label descriptions as non-null strings, so send '' for none.
    labels: state.labelsOf(issue).map((label) => ({ ...labelJson(label, urls), description: label.description ?? '' })),
    milestone: null,
    active_lock_reason: null,
    ...pullTimes(issue, pull),
    assignee: assignees[0] ?? null,
    assignees,
    requested_reviewers: [],
    requested_teams: [],
    head: branchJson(pull.head, state, urls),
    base: branchJson(pull.base, state, urls),
    author_association: authorAssociation(state, issue.author),
    auto_merge: null,
    draft: pull.draft,
  };
}

function pullTimes(issue: IssueRecord, pull: PullRecord): Record<string, unknown> {
  return {
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.merged ? pull.head.sha : null,
  };
}

/** The full form (`pull-request`) adds merge state and change counts. */
export function pullFullJson(
  issue: IssueRecord,
  pull: PullRecord,
  state: StandinState,
  urls: Urls,
): Record<string, unknown> {
  const additions = pull.files.reduce((sum, file) => sum + file.additions, 0);
  const deletions = pull.files.reduce((sum, file) => sum + file.deletions, 0);
  return {
    ...pullSimpleJson(issue, pull, state, urls),
    labels: state.labelsOf(issue).map((label) => labelJson(label, urls)),
    merged: pull.merged,
    mergeable: pull.mergeable,
    rebaseable: pull.mergeable,
    mergeable_state: pull.mergeable === null ? 'unknown' : pull.mergeable ? 'clean' : 'dirty',
    merged_by: null,
    comments: state.commentsOn(issue.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions,
    deletions,
    changed_files: pull.files.length,
  };
}

function pullLinks(issue: IssueRecord, pull: PullRecord, urls: Urls): Record<string, unknown> {
  const url = `${urls.repoApi}/pulls/${issue.number}`;
  const html = issueHtmlUrl(issue, urls);
  const links = {
    url,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${urls.repoApi}/issues/${issue.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${urls.repoApi}/pulls/comments{/number}`,
    comments_url: `${urls.repoApi}/issues/${issue.number}/comments`,
    statuses_url: `${urls.repoApi}/statuses/${pull.head.sha}`,
  };
  const href = (value: string): { href: string } => ({ href: value });
  return {
    ...links,
    _links: {
      self: href(url),
      html: href(html),
      issue: href(links.issue_url),
      comments: href(links.comments_url),
      review_comments: href(links.review_comments_url),
      review_comment: href(links.review_comment_url),
      commits: href(links.commits_url),
      statuses: href(links.statuses_url),
    },
  };
}

function branchJson(point: BranchPoint, state: StandinState, urls: Urls): Record<string, unknown> {
  return {
    label: `${state.owner}:${point.ref}`,
    ref: point.ref,
    sha: point.sha,
    user: simpleUser(state.user(state.owner), urls),
    repo: repositoryJson(state, urls),
  };
}

export function diffEntryJson(file: PullFileRecord, pull: PullRecord, urls: Urls): Record<string, unknown> {
  const path = file.filename.split('/').map(encodeURIComponent).join('/');
  const json: Record<string, unknown> = {
    sha: file.sha,
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: `${urls.repoHtml}/blob/${pull.head.sha}/${path}`,
    raw_url: `${urls.repoHtml}/raw/${pull.head.sha}/${path}`,
    contents_url: `${urls.repoApi}/contents/${path}?ref=${pull.head.sha}`,
  };
  if (file.patch !== undefined) json.patch = file.patch;
  if (file.previousFilename !== undefined) json.previous_filename = file.previousFilename;
  return json;
}
