/** Questions about objects, many per `git cat-file --batch-check`: a commit's tree, whether a path exists. */
import type { Git } from './git.js';

async function batchCheck(git: Git, queries: string[]): Promise<(string | undefined)[]> {
  if (queries.length === 0) return [];
  const { stdout } = await git.run(['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
    input: queries.join('\n') + '\n',
  });
  const lines = stdout.split('\n').slice(0, queries.length);
  return lines.map((line) => (line.endsWith(' missing') || line.endsWith(' ambiguous') ? undefined : line));
}

/** The tree of each commit, in order. */
export async function treesOf(git: Git, commits: string[]): Promise<string[]> {
  const answers = await batchCheck(
    git,
    commits.map((commit) => `${commit}^{tree}`),
  );
  return answers.map((answer, index) => {
    if (answer === undefined) throw new Error(`${commits[index]} is not a commit in this repository.`);
    return answer.split(' ')[0]!;
  });
}

/**
 * Whether each folder exists in its tree. The batch protocol is line-based: a name with a newline cannot
 * be asked, and counts as absent (the answer that makes callers look closer).
 */
export async function foldersExist(git: Git, queries: { tree: string; folder: string }[]): Promise<boolean[]> {
  const askable = queries.map((q) => !q.folder.includes('\n'));
  const answers = await batchCheck(
    git,
    queries.filter((_, i) => askable[i]).map((q) => `${q.tree}:${q.folder}`),
  );
  let next = 0;
  return askable.map((ok) => ok && answers[next++]?.endsWith(' tree') === true);
}

/** The commit each revision names, or undefined where it names none (one process for all). */
export async function resolveCommits(git: Git, revisions: string[]): Promise<(string | undefined)[]> {
  const askable = revisions.map((r) => !r.includes('\n'));
  const answers = await batchCheck(
    git,
    revisions.filter((_, i) => askable[i]).map((r) => `${r}^{commit}`),
  );
  let next = 0;
  return askable.map((ok) => (ok ? answers[next++]?.split(' ')[0] : undefined));
}
