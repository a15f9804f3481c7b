// Pull requests: list (state, base, head filters), get one, list changed files.
import { notFound, pageResult, type Handler, type HandlerContext } from '../http.js';
import { diffEntryJson, pullFullJson, pullSimpleJson } from '../render/pulls.js';
import { intParam, isPull, ok, sortByTime, type PullIssue } from './common.js';

function requirePull(context: HandlerContext): PullIssue {
  const issue = context.state.findIssue(intParam(context, 'pull_number'));
  if (!issue || !isPull(issue)) throw notFound();
  return issue;
}

/** `head` is 'owner:branch' on GitHub; a bare branch name is accepted too. */
function matchesHead(pull: PullIssue, head: string | null, owner: string): boolean {
  if (head === null) return true;
  const [headOwner, branch] = head.includes(':') ? head.split(':', 2) : [owner, head];
  return headOwner?.toLowerCase() === owner.toLowerCase() && pull.pull.head.ref === branch;
}

const listPulls: Handler = (context) => {
  const { query, state, urls } = context;
  const wanted = query.get('state') ?? 'open';
  const base = query.get('base');
  const pulls = [...state.issues.values()]
    .filter(isPull)
    .filter((pull) => wanted === 'all' || pull.state === wanted)
    .filter((pull) => base === null || pull.pull.base.ref === base)
    .filter((pull) => matchesHead(pull, query.get('head'), state.owner));
  const sort = query.get('sort') ?? 'created';
  const direction = query.get('direction') ?? (sort === 'created' ? 'desc' : 'asc');
  const sorted = sortByTime(pulls, (pull) => (sort === 'updated' ? pull.updatedAt : pull.createdAt), direction);
  return pageResult(sorted, context, (pull) => pullSimpleJson(pull, pull.pull, state, urls));
};

const getPull: Handler = (context) => {
  const pull = requirePull(context);
  return ok(pullFullJson(pull, pull.pull, context.state, context.urls));
};

const listPullFiles: Handler = (context) => {
  const pull = requirePull(context);
  return pageResult(pull.pull.files, context, (file) => diffEntryJson(file, pull.pull, context.urls));
};

export const pullHandlers: Record<string, Handler> = {
  'pulls/list': listPulls,
  'pulls/get': getPull,
  'pulls/list-files': listPullFiles,
};
