// Commit statuses: create one, list those of a ref (newest first).
import { pageResult, type Handler } from '../http.js';
import type { CommitState, CommitStatusRecord } from '../records.js';
import { commitStatusJson } from '../render/statuses.js';
import { requireCommit } from './checks.js';
import { created, newestFirst } from './common.js';

interface StatusInput {
  state: CommitState;
  target_url?: string | null;
  description?: string | null;
  context?: string;
}

const createStatus: Handler = (context) => {
  const { state } = context;
  const input = context.body as StatusInput;
  const sha = requireCommit(state, context.params.sha ?? '');
  const now = state.now();
  const status: CommitStatusRecord = {
    id: state.nextId('status'),
    sha,
    state: input.state,
    targetUrl: input.target_url ?? null,
    description: input.description ?? null,
    context: input.context ?? 'default',
    creator: state.actor,
    createdAt: now,
    updatedAt: now,
  };
  state.statuses.push(status);
  return created(commitStatusJson(status, state, context.urls));
};

const listStatuses: Handler = (context) => {
  const { state } = context;
  const sha = requireCommit(state, context.params.ref ?? '');
  const statuses = newestFirst(state.statuses.filter((status) => status.sha === sha));
  return pageResult(statuses, context, (status) => commitStatusJson(status, state, context.urls));
};

export const statusHandlers: Record<string, Handler> = {
  'repos/create-commit-status': createStatus,
  'repos/list-commit-statuses-for-ref': listStatuses,
};
