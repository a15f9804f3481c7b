// Issues (pull requests included, as GitHub lists them): list with filters, create, get, update.
import { pageResult, type Handler, type HandlerContext } from '../http.js';
import type { IssueRecord } from '../records.js';
import { issueJson } from '../render/issues.js';
import { created, ok, requireIssue, sortByTime } from './common.js';
import { labelNameOf } from './labels.js';

type LabelName = string | { name: string };
type StateReason = IssueRecord['stateReason'];

interface IssueInput {
  title?: string | number | null;
  body?: string | null;
  state?: 'open' | 'closed';
  state_reason?: StateReason;
  labels?: LabelName[];
  assignees?: string[];
  assignee?: string | null;
}

function hasAllLabels(context: HandlerContext, issue: IssueRecord, wanted: string[]): boolean {
  const names = context.state.labelsOf(issue).map((label) => label.name.toLowerCase());
  return wanted.every((name) => names.includes(name.toLowerCase()));
}

function filterIssues(context: HandlerContext): IssueRecord[] {
  const { query } = context;
  const wantedState = query.get('state') ?? 'open';
  const labels =
    query
      .get('labels')
      ?.split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '') ?? [];
  const creator = query.get('creator')?.toLowerCase();
  const since = query.get('since');
  return [...context.state.issues.values()]
    .filter((issue) => wantedState === 'all' || issue.state === wantedState)
    .filter((issue) => hasAllLabels(context, issue, labels))
    .filter((issue) => creator === undefined || issue.author.toLowerCase() === creator)
    .filter((issue) => since === null || Date.parse(issue.updatedAt) >= Date.parse(since));
}

const listIssues: Handler = (context) => {
  const sort = context.query.get('sort') ?? 'created';
  const direction = context.query.get('direction') ?? 'desc';
  const sorted = sortByTime(
    filterIssues(context),
    (issue) => (sort === 'updated' ? issue.updatedAt : issue.createdAt),
    direction,
  );
  return pageResult(sorted, context, (issue) => issueJson(issue, context.state, context.urls));
};

function assigneesOf(input: IssueInput): string[] | undefined {
  if (input.assignees !== undefined) return input.assignees;
  if (input.assignee !== undefined) return input.assignee === null ? [] : [input.assignee];
  return undefined;
}

const createIssue: Handler = (context) => {
  const { state } = context;
  const input = context.body as IssueInput;
  const issue = state.addIssue({
    title: String(input.title ?? ''),
    body: input.body ?? null,
    author: state.actor,
    labels: (input.labels ?? []).map(labelNameOf),
    assignees: assigneesOf(input) ?? [],
  });
  return created(issueJson(issue, state, context.urls));
};

const getIssue: Handler = (context) => ok(issueJson(requireIssue(context), context.state, context.urls));

function applyState(issue: IssueRecord, input: IssueInput, now: string): void {
  if (input.state === 'closed' && issue.state === 'open') {
    Object.assign(issue, { state: 'closed', closedAt: now, stateReason: input.state_reason ?? 'completed' });
  } else if (input.state === 'open' && issue.state === 'closed') {
    Object.assign(issue, { state: 'open', closedAt: null, stateReason: 'reopened' });
  } else if (input.state_reason !== undefined) {
    issue.stateReason = input.state_reason;
  }
}

const updateIssue: Handler = (context) => {
  const { state } = context;
  const issue = requireIssue(context);
  const input = (context.body as IssueInput | undefined) ?? {};
  const now = state.now();
  if (input.title !== undefined && input.title !== null) issue.title = String(input.title);
  if (input.body !== undefined) issue.body = input.body;
  if (input.labels !== undefined)
    issue.labelIds = input.labels.map((label) => state.ensureLabel(labelNameOf(label)).id);
  issue.assignees = assigneesOf(input) ?? issue.assignees;
  applyState(issue, input, now);
  issue.updatedAt = now;
  return ok(issueJson(issue, state, context.urls));
};

export const issueHandlers: Record<string, Handler> = {
  'issues/list-for-repo': listIssues,
  'issues/create': createIssue,
  'issues/get': getIssue,
  'issues/update': updateIssue,
};
