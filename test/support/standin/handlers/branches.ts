// Branches: list (with the protected filter), delete a branch's ref, bring a pull request's branch up to date.
import { GitHubError, pageResult, type Handler } from '../http.js';
import { intParam, isPull } from './common.js';

const listBranches: Handler = (context) => {
  const { state, urls, query } = context;
  const onlyProtected = query.get('protected');
  const names = [...state.branches.keys()]
    .filter((name) => onlyProtected === null || state.protectedBranches.has(name) === (onlyProtected === 'true'))
    .sort();
  return pageResult(names, context, (name) => ({
    name,
    commit: { sha: state.branches.get(name)!, url: `${urls.repoApi}/commits/${state.branches.get(name)!}` },
    protected: state.protectedBranches.has(name),
  }));
};

/** GitHub answers 422 "Reference does not exist" for a ref it does not have. */
const deleteRef: Handler = (context) => {
  const ref = context.params.ref ?? '';
  const branch = ref.replace(/^heads\//, '');
  if (!ref.startsWith('heads/') || !context.state.branches.has(branch))
    throw new GitHubError(422, 'Reference does not exist');
  context.state.branches.delete(branch);
  return { status: 204 };
};

/** Merges the base into the head as GitHub does; 422 when the head moved since the caller looked. */
const updateBranch: Handler = (context) => {
  const issue = context.state.findIssue(intParam(context, 'pull_number'));
  if (!issue || !isPull(issue)) throw new GitHubError(404, 'Not Found');
  const expected = (context.body as { expected_head_sha?: string } | undefined)?.expected_head_sha;
  if (expected !== undefined && expected !== issue.pull.head.sha)
    throw new GitHubError(422, 'expected head sha didn’t match current head ref.');
  return {
    status: 202,
    body: { message: 'Updating pull request branch.', url: `${context.urls.repoHtml}/pull/${issue.number}` },
  };
};

export const branchHandlers: Record<string, Handler> = {
  'repos/list-branches': listBranches,
  'git/delete-ref': deleteRef,
  'pulls/update-branch': updateBranch,
};
