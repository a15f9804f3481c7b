/**
 * Where branches left a base: their own commits (reachable from the branch, not from the base) and their
 * merge bases with it, for many branches from one `git rev-list` walk.
 */
import type { Git } from './git.js';

export interface BranchHistory {
  /** commits of the branch that the base does not have; empty when the base already contains the branch */
  own: Set<string>;
  /** the merge bases with the base (several after criss-cross merges); empty when the histories never meet */
  mergeBases: string[];
}

interface Walk {
  parents: Map<string, string[]>;
  boundary: Set<string>;
}

/** `rev-list --parents --boundary tips ^base`: the commits only the tips reach, and where they meet the base. */
async function walk(git: Git, base: string, tips: string[]): Promise<Walk> {
  const input = [...tips, `^${base}`].join('\n') + '\n';
  const { stdout } = await git.run(['rev-list', '--parents', '--boundary', '--stdin'], { input });
  const parents = new Map<string, string[]>();
  const boundary = new Set<string>();
  for (const line of stdout.split('\n')) {
    if (line === '') continue;
    if (line.startsWith('-')) boundary.add(line.slice(1).split(' ')[0]!);
    else {
      const [commit, ...rest] = line.split(' ');
      parents.set(commit!, rest);
    }
  }
  return { parents, boundary };
}

/** Follows a tip's own commits down to the commits of the base's history it stands on. */
function historyOf(tip: string, { parents }: Walk): { own: Set<string>; reached: Set<string> } {
  const own = new Set<string>();
  const reached = new Set<string>();
  if (!parents.has(tip)) return { own, reached: new Set([tip]) };
  const stack = [tip];
  while (stack.length > 0) {
    const commit = stack.pop()!;
    if (own.has(commit)) continue;
    own.add(commit);
    for (const parent of parents.get(commit) ?? []) {
      if (parents.has(parent)) stack.push(parent);
      else reached.add(parent);
    }
  }
  return { own, reached };
}

/**
 * The history of each tip against the base. With one commit reached in the base's history, that commit is
 * the merge base; with several (the branch merged the base in, or criss-cross merges), git decides.
 */
export async function branchHistories(git: Git, base: string, tips: string[]): Promise<Map<string, BranchHistory>> {
  const unique = [...new Set(tips)];
  const graph = await walk(git, base, unique);
  const histories = new Map<string, BranchHistory>();
  // One git process at a time: few branches need one, and a burst of hundreds would starve the machine.
  for (const tip of unique) {
    const { own, reached } = historyOf(tip, graph);
    const mergeBases = reached.size <= 1 ? [...reached] : await mergeBasesOf(git, base, tip);
    histories.set(tip, { own, mergeBases });
  }
  return histories;
}

async function mergeBasesOf(git: Git, base: string, tip: string): Promise<string[]> {
  const { stdout } = await git.run(['merge-base', '--all', base, tip], { allowExitCodes: [1] });
  return stdout.split('\n').filter(Boolean).sort();
}

/** True when the repository is a shallow clone, whose histories may stop before branches meet. */
export async function isShallow(git: Git): Promise<boolean> {
  const { stdout } = await git.run(['rev-parse', '--is-shallow-repository']);
  return stdout.trim() === 'true';
}

/** The committer time (seconds) of each commit, from one `git log --no-walk`. */
export async function commitTimes(git: Git, shas: string[]): Promise<Map<string, number>> {
  if (shas.length === 0) return new Map();
  const { stdout } = await git.run(['log', '--no-walk=unsorted', '--format=%H %ct', '--stdin'], {
    input: shas.join('\n') + '\n',
  });
  return new Map(
    stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.split(' ')[0]!, Number(line.split(' ')[1])]),
  );
}

/** How many commits `to` has that `from` lacks (how far a branch is behind its base: from = branch, to = base). */
export async function commitsAhead(git: Git, from: string, to: string): Promise<number> {
  const { stdout } = await git.run(['rev-list', '--count', `${from}..${to}`]);
  return Number(stdout.trim());
}

/** The commit `ref` names and its first parents, newest first, at most `count`; empty when git knows no such ref. */
export async function firstParentHistory(git: Git, ref: string, count: number): Promise<string[]> {
  if (count <= 0) return [];
  const result = await git.run(['rev-list', '--first-parent', `--max-count=${count}`, ref, '--'], {
    allowExitCodes: [128],
  });
  return result.exitCode === 0 ? result.stdout.split('\n').filter(Boolean) : [];
}
