/**
 * What a branch touches, in the terms the pruning rule (pruning.ts) needs: the paths its own changes touch
 * (from its merge base), the paths its landing changes in the base, and the folders either removes entirely
 * (where git's directory-rename detection could move another branch's files). Computed for every branch at
 * once: one diff-tree and one cat-file process in all.
 */
import type { Git } from '../../git/git.js';
import { treesOf } from '../../git/object-lookup.js';
import { diffTrees, type TreePair } from '../../git/tree-diff.js';
import { RemovedFolders, boundLandingRemovals, foldersOf, type Diffs } from './footprint-folders.js';

export { foldersAbove, foldersOf } from './footprint-folders.js';

export interface Footprint {
  /** false when the pruning rule cannot reason about the branch as the one merged in (see pruning.ts) */
  prunable: boolean;
  /** paths the branch changed since its merge base with the base */
  changed: Set<string>;
  changedFolders: Set<string>;
  /** folders that exist at the merge base and not on the branch */
  removedFolders: Set<string>;
  /** paths where the landing commit differs from the base tip */
  landing: Set<string>;
  landingFolders: Set<string>;
  /** folders of the base tip that the landing commit no longer has */
  landingRemovedFolders: Set<string>;
  /**
   * true when no landing was made and the three landing sets are bounds drawn from the branch's own changes.
   * They hold only for a branch that is prunable and removed no folder: landing it can then change only what
   * it changed (no rename or folder move of the base's side reaches further); use `landingBounded` to ask.
   */
  fromOwnChanges: boolean;
}

/** True when the landing sets are exact, or bounds that hold (see `fromOwnChanges`). */
export function landingBounded(footprint: Footprint): boolean {
  return !footprint.fromOwnChanges || (footprint.prunable && footprint.removedFolders.size === 0);
}

export interface FootprintInput {
  tip: string;
  mergeBases: string[];
  /** the landing commit's tree; without it the landing is bounded by the branch's own changes (see below) */
  landingTree?: string;
}

const intersects = (a: Set<string>, b: Iterable<string>): boolean => {
  for (const item of b) if (a.has(item)) return true;
  return false;
};

interface Trees {
  base: string;
  tip: string;
  /** the single merge base's tree; undefined with several merge bases (no own changes are computed then) */
  mergeBase: string | undefined;
  landing: string | undefined;
}

async function treesFor(git: Git, baseTip: string, inputs: FootprintInput[]): Promise<Trees[]> {
  const single = (input: FootprintInput) => (input.mergeBases.length === 1 ? input.mergeBases[0] : undefined);
  const commits = [baseTip, ...inputs.map((i) => i.tip), ...inputs.flatMap((i) => single(i) ?? [])];
  const unique = [...new Set(commits)];
  const trees = new Map((await treesOf(git, unique)).map((tree, i) => [unique[i]!, tree]));
  return inputs.map((input) => {
    const mergeBase = single(input);
    return {
      base: trees.get(baseTip)!,
      tip: trees.get(input.tip)!,
      mergeBase: mergeBase === undefined ? undefined : trees.get(mergeBase)!,
      landing: input.landingTree,
    };
  });
}

async function diffsOf(git: Git, trees: Trees[]): Promise<Diffs[]> {
  const pairs: TreePair[] = trees.flatMap((t) => [
    { from: t.mergeBase ?? t.tip, to: t.tip },
    { from: t.mergeBase ?? t.base, to: t.base },
    { from: t.base, to: t.landing ?? t.base },
  ]);
  const changes = await diffTrees(git, pairs);
  return trees.map((_, i) => ({ own: changes[3 * i]!, baseSince: changes[3 * i + 1]!, landing: changes[3 * i + 2]! }));
}

/** The footprint of each branch, in the order given. */
export async function footprintsOf(git: Git, baseTip: string, inputs: FootprintInput[]): Promise<Footprint[]> {
  const trees = await treesFor(git, baseTip, inputs);
  const diffs = await diffsOf(git, trees);
  const landed = trees.map((t) => t.landing !== undefined);
  const bounds = await boundLandingRemovals(git, trees[0]?.base ?? '', diffs, landed);
  const removed = new RemovedFolders();
  const asked = diffs.map((d, i) => ({
    own: removed.ask(d.own, trees[i]!.tip),
    baseSince: removed.ask(d.baseSince, trees[i]!.base),
    landing: removed.ask(d.landing, trees[i]!.landing ?? trees[i]!.base),
  }));
  await removed.resolve(git);
  return diffs.map((d, i) =>
    footprint(
      d,
      { ...asked[i]!, landing: bounds[i] ?? asked[i]!.landing },
      trees[i]!.mergeBase !== undefined,
      landed[i]!,
    ),
  );
}

function footprint(
  diffs: Diffs,
  removed: { own: Set<string>; baseSince: Set<string>; landing: Set<string> },
  singleMergeBase: boolean,
  landed: boolean,
): Footprint {
  const changed = new Set(diffs.own.map((c) => c.path));
  const changedFolders = foldersOf(changed);
  const landing = landed ? new Set(diffs.landing.map((c) => c.path)) : changed;
  const baseDeleted = new Set(diffs.baseSince.filter((c) => c.status === 'D').map((c) => c.path));
  // The base deleted (or renamed away) a path the branch touches, or removed a folder it works in: another
  // branch's landing could then change which renames git detects on the base's side.
  const touchesBaseRemovals = intersects(baseDeleted, changed) || intersects(removed.baseSince, changedFolders);
  return {
    prunable: singleMergeBase && !touchesBaseRemovals,
    changed,
    changedFolders,
    removedFolders: removed.own,
    landing,
    landingFolders: foldersOf(landing),
    landingRemovedFolders: removed.landing,
    fromOwnChanges: !landed,
  };
}
