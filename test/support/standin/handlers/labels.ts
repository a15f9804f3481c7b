// Labels on issues and pull requests, and the repository's labels.
import { GitHubError, notFound, pageResult, validationFailed, type Handler } from '../http.js';
import { labelJson } from '../render/issues.js';
import { created, ok, requireIssue } from './common.js';

type LabelName = string | { name: string };

interface AddLabelsInput {
  labels: LabelName[];
}

interface CreateLabelInput {
  name: string;
  color?: string;
  description?: string;
}

interface UpdateLabelInput {
  new_name?: string;
  color?: string;
  description?: string;
}

function checkColor(color: string | undefined): void {
  if (color !== undefined && !/^[0-9a-fA-F]{6}$/.test(color)) throw validationFailed('Label', 'color', 'invalid');
}

export function labelNameOf(label: LabelName): string {
  return typeof label === 'string' ? label : label.name;
}

const listIssueLabels: Handler = (context) => {
  const issue = requireIssue(context);
  return pageResult(context.state.labelsOf(issue), context, (label) => labelJson(label, context.urls));
};

/** Adds to the labels already there; names the repository lacks are created, as GitHub does. */
const addLabels: Handler = (context) => {
  const { state } = context;
  const issue = requireIssue(context);
  const input = context.body as AddLabelsInput | undefined;
  for (const name of (input?.labels ?? []).map(labelNameOf)) {
    const label = state.ensureLabel(name);
    if (!issue.labelIds.includes(label.id)) issue.labelIds.push(label.id);
  }
  issue.updatedAt = state.now();
  return ok(state.labelsOf(issue).map((label) => labelJson(label, context.urls)));
};

const removeLabel: Handler = (context) => {
  const { state } = context;
  const issue = requireIssue(context);
  const label = state.findLabel(context.params.name ?? '');
  if (!label || !issue.labelIds.includes(label.id)) {
    throw new GitHubError(
      404,
      'Label does not exist',
      undefined,
      'https://docs.github.com/rest/issues/labels#remove-a-label-from-an-issue',
    );
  }
  issue.labelIds = issue.labelIds.filter((id) => id !== label.id);
  issue.updatedAt = state.now();
  return ok(state.labelsOf(issue).map((l) => labelJson(l, context.urls)));
};

const getLabel: Handler = (context) => {
  const label = context.state.findLabel(context.params.name ?? '');
  if (!label) throw notFound();
  return ok(labelJson(label, context.urls));
};

const createLabel: Handler = (context) => {
  const { state } = context;
  const input = context.body as CreateLabelInput;
  if (state.findLabel(input.name)) throw validationFailed('Label', 'name', 'already_exists');
  checkColor(input.color);
  const label = state.addLabel({
    name: input.name,
    color: input.color?.toLowerCase(),
    description: input.description ?? null,
  });
  return created(labelJson(label, context.urls));
};

const updateLabel: Handler = (context) => {
  const { state } = context;
  const label = state.findLabel(context.params.name ?? '');
  if (!label) throw notFound();
  const input = (context.body ?? {}) as UpdateLabelInput;
  const clash = input.new_name === undefined ? undefined : state.findLabel(input.new_name);
  if (clash && clash !== label) throw validationFailed('Label', 'name', 'already_exists');
  checkColor(input.color);
  if (input.new_name !== undefined) label.name = input.new_name;
  if (input.color !== undefined) label.color = input.color.toLowerCase();
  if (input.description !== undefined) label.description = input.description;
  return ok(labelJson(label, context.urls));
};

export const labelHandlers: Record<string, Handler> = {
  'issues/list-labels-on-issue': listIssueLabels,
  'issues/add-labels': addLabels,
  'issues/remove-label': removeLabel,
  'issues/get-label': getLabel,
  'issues/create-label': createLabel,
  'issues/update-label': updateLabel,
};
