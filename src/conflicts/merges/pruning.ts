/**
 * Which pair merges provably cannot conflict, so need not be run. The question for an ordered pair is
 * "once `first` has landed on the base T (its merge commit L), does `second` still merge into L?"; we
 * already know that `second` merges cleanly into T. The merge is skipped only when all of these hold:
 *
 * 1. The two branches share no commit the base lacks. Then the common ancestors of L and `second` are
 *    exactly those of T and `second`: the merge into L uses the same merge base B as the merge into T.
 * 2. `second` has a single merge base, so its own changes (B → second) are known path by path.
 * 3. `second` does not touch a path the base deleted or renamed away since B, nor work in a folder the
 *    base removed since B. Otherwise L's extra files could become rename targets on the base's side and
 *    change how git pairs renames (a rename/delete, or a rename no longer detected).
 * 4. L differs from T (the landing paths) nowhere that `second` changed, and neither side has a file
 *    where the other has a folder (file/directory conflicts).
 * 5. No folder `second` removed holds a landing path, and no folder the landing removed holds a path
 *    `second` changed: git's directory-rename detection would otherwise move files between them.
 *
 * Under these, the merge into L sees the same base, the same `second` side, and an `ours` side that
 * differs from T only at paths `second` leaves alone and that no rename or folder move links to its
 * changes: every path merges as it did into T, which was clean. The differential tests check the rule
 * against every merge run one by one, and `exhaustive` turns it off.
 */
import type { Footprint } from './footprint.js';

function disjoint(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const item of small) if (large.has(item)) return false;
  return true;
}

/** True when landing `first` and then merging `second` cannot conflict (see above). */
export function cannotConflict(first: Footprint, second: Footprint, shareCommits: boolean): boolean {
  if (shareCommits || !second.prunable) return false;
  return (
    disjoint(first.landing, second.changed) &&
    disjoint(first.landing, second.changedFolders) &&
    disjoint(first.landingFolders, second.changed) &&
    disjoint(second.removedFolders, first.landingFolders) &&
    disjoint(first.landingRemovedFolders, second.changedFolders)
  );
}

/** Pairs of branches (by index) that both reach a commit the base lacks. */
export function pairsSharingCommits(own: Set<string>[]): Set<string> {
  const reachedBy = new Map<string, number[]>();
  own.forEach((commits, index) => {
    for (const commit of commits) {
      const list = reachedBy.get(commit);
      if (list) list.push(index);
      else reachedBy.set(commit, [index]);
    }
  });
  const pairs = new Set<string>();
  for (const list of reachedBy.values()) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) pairs.add(pairKey(list[i]!, list[j]!));
  }
  return pairs;
}

export const pairKey = (a: number, b: number): string => (a < b ? `${a} ${b}` : `${b} ${a}`);
