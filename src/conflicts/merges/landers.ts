/** The branches that land cleanly, as the pair merges take them, and what both kinds of run count. */
import type { Git } from '../../git/git.js';
import type { BranchHistory } from '../../git/history.js';
import type { Analysis, AnalysisRequest, BranchInput } from './analyse.js';
import { footprintsOf } from './footprint.js';
import type { BaseState } from './landing.js';
import type { Lander, PairResult } from './pairs.js';

export type NamedLander = Lander & { name: string; landingTree: string };

/** Sorted by name, so that lander indexes follow name order and pairs come out with a < b. */
export function landersOf(branches: BranchInput[], states: Map<string, BaseState>, own: (tip: string) => Set<string>) {
  const landers: NamedLander[] = [];
  for (const branch of [...branches].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
    // A run about one branch merges only some of the others: the rest have no state here.
    const state = states.get(branch.sha);
    if (state?.kind !== 'clean') continue;
    landers.push({
      name: branch.name,
      tip: branch.sha,
      landing: state.landing,
      landingTree: state.landingTree,
      own: own(branch.sha),
    });
  }
  return landers;
}

export async function addFootprints(
  git: Git,
  base: string,
  landers: NamedLander[],
  mergeBases: (tip: string) => string[],
) {
  const footprints = await footprintsOf(
    git,
    base,
    landers.map((l) => ({ tip: l.tip, mergeBases: mergeBases(l.tip), landingTree: l.landingTree })),
  );
  landers.forEach((lander, index) => (lander.footprint = footprints[index]));
}

export function countMerged(states: Map<string, BaseState>): number {
  return [...states.values()].filter((s) => s.kind === 'clean' || s.kind === 'conflict').length;
}

/** The analysis both kinds of run return, from their states (by name), landings (by commit) and pair merges. */
export function analysisOf(
  request: AnalysisRequest,
  histories: Map<string, BranchHistory>,
  found: { states: Map<string, BaseState>; bySha: Map<string, BaseState>; names: string[]; result: PairResult },
): Analysis {
  const { names, result } = found;
  return {
    base: request.base,
    states: found.states,
    pairs: result.outcomes.map(({ a, b, ...rest }) => ({ a: names[a]!, b: names[b]!, ...rest })),
    mergeBases: new Map(request.branches.map((b) => [b.name, histories.get(b.sha)!.mergeBases])),
    stats: { baseMerges: countMerged(found.bySha), pairMerges: result.merges, skipped: result.skipped },
  };
}
