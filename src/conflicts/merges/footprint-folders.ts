/** The folder questions behind footprints: which folders a change removed, and which a landing could remove. */
import type { Git } from '../../git/git.js';
import { foldersExist } from '../../git/object-lookup.js';
import type { PathChange } from '../../git/tree-diff.js';
import { filesUnder } from '../../git/tree-listing.js';

/** Every folder above a path, outermost first, without the root: "a/b/c.txt" → ["a", "a/b"]. */
export function foldersAbove(path: string): string[] {
  const parts = path.split('/');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

export function foldersOf(paths: Iterable<string>): Set<string> {
  const folders = new Set<string>();
  for (const path of paths) for (const folder of foldersAbove(path)) folders.add(folder);
  return folders;
}

/** A branch's changes, as the footprint reads them. */
export interface Diffs {
  own: PathChange[];
  baseSince: PathChange[];
  landing: PathChange[];
}

/** Folder-existence questions, asked in one batch and answered per asker. */
export class RemovedFolders {
  private readonly queries: { tree: string; folder: string }[] = [];
  private readonly answers: Set<string>[] = [];

  /** Which folders of the deleted paths are gone from `tree`: the set fills in on `resolve`. */
  ask(changes: PathChange[], tree: string): Set<string> {
    const answer = new Set<string>();
    for (const folder of foldersOf(changes.filter((c) => c.status === 'D').map((c) => c.path))) {
      this.queries.push({ tree, folder });
      this.answers.push(answer);
    }
    return answer;
  }

  async resolve(git: Git): Promise<void> {
    const exists = await foldersExist(git, this.queries);
    this.queries.forEach(({ folder }, index) => {
      if (!exists[index]) this.answers[index]!.add(folder);
    });
  }
}

/**
 * Without a landing: the folders the landing could remove. A folder goes only if every file the base has in
 * it is one the branch deleted (its landing changes nothing else, see `landingBounded`) and it adds none there.
 */
export async function boundLandingRemovals(
  git: Git,
  baseTree: string,
  diffs: Diffs[],
  landed: boolean[],
): Promise<(Set<string> | undefined)[]> {
  const deletedOf = (d: Diffs) => new Set(d.own.filter((c) => c.status === 'D').map((c) => c.path));
  const candidates = diffs.map((d, i) => (landed[i] ? new Set<string>() : foldersOf(deletedOf(d))));
  const inBase = await filesUnder(git, baseTree, [...new Set(candidates.flatMap((c) => [...c]))]);
  return diffs.map((d, i) => {
    if (landed[i]) return undefined;
    const [deleted, added] = [deletedOf(d), foldersOf(d.own.filter((c) => c.status !== 'D').map((c) => c.path))];
    return new Set([...candidates[i]!].filter((f) => !added.has(f) && inBase.get(f)!.every((p) => deleted.has(p))));
  });
}
