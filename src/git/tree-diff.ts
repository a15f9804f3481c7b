/** Which paths differ between two trees, for many pairs of trees from one `git diff-tree --stdin`. */
import type { Git } from './git.js';

/** A path that differs, without rename detection: A added, D deleted, M modified, T type changed. */
export interface PathChange {
  status: string;
  path: string;
}

export interface TreePair {
  from: string;
  to: string;
}

const key = (pair: TreePair): string => `${pair.from} ${pair.to}`;

/**
 * The changes of each pair, in the order asked. diff-tree prints a header line ("from to", ended by a
 * newline even under -z) before each pair's changes, and nothing at all for a pair with none.
 */
export async function diffTrees(git: Git, pairs: TreePair[]): Promise<PathChange[][]> {
  const asked = [...new Map(pairs.filter((p) => p.from !== p.to).map((p) => [key(p), p])).values()];
  const found = new Map<string, PathChange[]>();
  if (asked.length > 0) {
    const input = asked.map((p) => `${key(p)}\n`).join('');
    const { stdout } = await git.run(['diff-tree', '--stdin', '-r', '--no-renames', '--name-status', '-z'], { input });
    parseInto(stdout, found);
  }
  return pairs.map((pair) => found.get(key(pair)) ?? []);
}

function parseInto(stdout: string, found: Map<string, PathChange[]>): void {
  const fields = stdout.split('\0');
  let current: PathChange[] = [];
  for (let at = 0; at + 1 < fields.length; at += 2) {
    let status = fields[at]!;
    // A status is a letter or two; anything longer carries the next pair's header before the status.
    const newline = status.lastIndexOf('\n');
    if (newline >= 0) {
      current = [];
      found.set(status.slice(0, newline), current);
      status = status.slice(newline + 1);
    }
    current.push({ status: status.charAt(0), path: fields[at + 1]! });
  }
}
