/**
 * A run about one branch (a pull request against the other open ones). Only the pairs with that branch
 * matter, so the other branches are merged into the base only when a pair with it may conflict: the
 * pruning rule runs first on each branch's own changes, which bound what its landing could change (see
 * `landingBounded` in footprint.ts). The pairs that remain are merged as in a full run.
 */
import type { BranchHistory } from '../../git/history.js';
import type { ScratchGit } from '../../git/scratch-objects.js';
import type { Analysis, AnalysisRequest, BranchInput } from './analyse.js';
import { regenerableTest } from './findings.js';
import { footprintsOf, landingBounded, type Footprint } from './footprint.js';
import { addFootprints, analysisOf, landersOf } from './landers.js';
import { landOnBase, type BaseState } from './landing.js';
import { mergePairs } from './pairs.js';
import { cannotConflict } from './pruning.js';

type Histories = Map<string, BranchHistory>;
type Phase = <T>(name: string, run: () => Promise<T>) => Promise<T>;

const sharing = (a: Set<string>, b: Set<string>): boolean => [...a].some((commit) => b.has(commit));

/** Whether a pair with the focus may conflict in either order: then the other branch must be merged for real. */
function mayConflict(focus: Footprint, other: Footprint, shared: boolean): boolean {
  const focusFirst = cannotConflict(focus, other, shared);
  const otherFirst = landingBounded(other) && cannotConflict(other, focus, shared);
  return !(focusFirst && otherFirst);
}

function subset(histories: Histories, tips: string[]): Histories {
  return new Map(tips.map((tip) => [tip, histories.get(tip)!]));
}

/** The other branches a pair with the focus needs merged into the base (by their commit). */
async function neededTips(
  scratch: ScratchGit,
  request: AnalysisRequest,
  histories: Histories,
  focus: { sha: string; landingTree: string },
) {
  const others = [...new Set(request.branches.map((b) => b.sha))].filter((sha) => {
    const history = histories.get(sha)!;
    return sha !== focus.sha && history.mergeBases.length > 0 && history.own.size > 0;
  });
  const inputs = [focus.sha, ...others].map((tip) => ({ tip, mergeBases: histories.get(tip)!.mergeBases }));
  const [focusFootprint, ...footprints] = await footprintsOf(scratch, request.base, [
    { ...inputs[0]!, landingTree: focus.landingTree },
    ...inputs.slice(1),
  ]);
  const own = histories.get(focus.sha)!.own;
  return others.filter((sha, i) => mayConflict(focusFootprint!, footprints[i]!, sharing(own, histories.get(sha)!.own)));
}

/** Each branch's state: merged and unrelated ones are known from their history alone; the rest as merged, or untested. */
function statesOf(
  branches: BranchInput[],
  histories: Histories,
  merged: Map<string, BaseState>,
): Map<string, BaseState> {
  return new Map(
    branches.map((b) => {
      const history = histories.get(b.sha)!;
      const known: BaseState | undefined =
        history.mergeBases.length === 0
          ? { kind: 'unrelated' }
          : history.own.size === 0
            ? { kind: 'merged' }
            : undefined;
      return [b.name, merged.get(b.sha) ?? known ?? { kind: 'untested' }];
    }),
  );
}

/** The branch in focus merged into the base, then each other branch a pair with it needs merged. */
async function landNeeded(
  scratch: ScratchGit,
  request: AnalysisRequest,
  histories: Histories,
  phase: Phase,
  focus: BranchInput,
) {
  const regenerable = regenerableTest(request.regenerable);
  const now = request.now ?? new Date();
  const land = (tips: string[]) =>
    landOnBase({
      git: scratch,
      base: request.base,
      histories: subset(histories, tips),
      regenerable,
      merge: request.merge ?? {},
      now,
    });
  const bySha = await phase('merge of the branch in focus into the base', () => land([focus.sha]));
  const focusState = bySha.get(focus.sha)!;
  if (focusState.kind !== 'clean') return bySha;
  const landingTree = focusState.landingTree;
  const needed = await phase('footprints', () =>
    neededTips(scratch, request, histories, { sha: focus.sha, landingTree }),
  );
  for (const [tip, state] of await phase('merges into the base', () => land(needed))) bySha.set(tip, state);
  return bySha;
}

export async function analyseFocused(
  scratch: ScratchGit,
  request: AnalysisRequest,
  histories: Histories,
  phase: Phase,
): Promise<Analysis> {
  const focus = request.branches.find((b) => b.name === request.focus![0])!;
  const bySha = await landNeeded(scratch, request, histories, phase, focus);
  const landers = landersOf(request.branches, bySha, (tip) => histories.get(tip)!.own);
  await addFootprints(scratch, request.base, landers, (tip) => histories.get(tip)!.mergeBases);
  const names = landers.map((l) => l.name);
  const regenerable = regenerableTest(request.regenerable);
  const merge = request.merge ?? {};
  const focusIndex = new Set([names.indexOf(focus.name)]);
  const result = await phase('pair merges', () =>
    mergePairs({ git: scratch, landers, focus: focusIndex, regenerable, merge }),
  );
  return analysisOf(request, histories, { states: statesOf(request.branches, histories, bySha), bySha, names, result });
}
