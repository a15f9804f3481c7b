// Issues (pull requests included), their comments and labels, as GitHub renders them.
import type { CommentRecord, IssueRecord, LabelRecord } from '../records.js';
import type { StandinState } from '../state.js';
import type { Urls } from '../urls.js';
import { nodeId, simpleUser } from './users.js';

export function labelJson(label: LabelRecord, urls: Urls): Record<string, unknown> {
  return {
    id: label.id,
    node_id: nodeId('Label', label.id),
    url: `${urls.repoApi}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: label.default,
    description: label.description,
  };
}

export function issueHtmlUrl(issue: IssueRecord, urls: Urls): string {
  return `${urls.repoHtml}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`;
}

export function authorAssociation(state: StandinState, login: string): string {
  if (login.toLowerCase() === state.owner.toLowerCase()) return 'OWNER';
  return state.user(login).type === 'Bot' ? 'NONE' : 'MEMBER';
}

function issueUrls(issue: IssueRecord, urls: Urls): Record<string, string> {
  const url = `${urls.repoApi}/issues/${issue.number}`;
  return {
    url,
    repository_url: urls.repoApi,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    timeline_url: `${url}/timeline`,
    html_url: issueHtmlUrl(issue, urls),
  };
}

export function issueJson(issue: IssueRecord, state: StandinState, urls: Urls): Record<string, unknown> {
  const assignees = issue.assignees.map((login) => simpleUser(state.user(login), urls));
  const json: Record<string, unknown> = {
    ...issueUrls(issue, urls),
    id: issue.id,
    node_id: nodeId(issue.pull ? 'PullRequest' : 'Issue', issue.id),
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: simpleUser(state.user(issue.author), urls),
    labels: state.labelsOf(issue).map((label) => labelJson(label, urls)),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    locked: issue.locked,
    active_lock_reason: null,
    comments: state.commentsOn(issue.number).length,
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    author_association: authorAssociation(state, issue.author),
    performed_via_github_app: null,
  };
  if (issue.pull) Object.assign(json, pullRequestLinks(issue, urls));
  return json;
}

/** Pull requests listed as issues carry a `pull_request` object; clients use it to tell them apart. */
function pullRequestLinks(issue: IssueRecord, urls: Urls): Record<string, unknown> {
  const html = issueHtmlUrl(issue, urls);
  return {
    draft: issue.pull?.draft ?? false,
    pull_request: {
      url: `${urls.repoApi}/pulls/${issue.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      merged_at: issue.pull?.mergedAt ?? null,
    },
  };
}

export function commentJson(comment: CommentRecord, state: StandinState, urls: Urls): Record<string, unknown> {
  const issue = state.findIssue(comment.issueNumber);
  const issueHtml = issue ? issueHtmlUrl(issue, urls) : `${urls.repoHtml}/issues/${comment.issueNumber}`;
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url: `${urls.repoApi}/issues/comments/${comment.id}`,
    html_url: `${issueHtml}#issuecomment-${comment.id}`,
    issue_url: `${urls.repoApi}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: simpleUser(state.user(comment.author), urls),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: authorAssociation(state, comment.author),
    performed_via_github_app: null,
  };
}
