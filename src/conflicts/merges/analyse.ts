/**
 * The conflicts engine: every branch against the base tip, then every pair of branches that land cleanly,
 * in both landing orders, by real merges in a throwaway object store.
 */
import { silentLogger, type Logger } from '../../core/logger.js';
import type { Git } from '../../git/git.js';
import { branchHistories, type BranchHistory } from '../../git/history.js';
import type { MergeOptions } from '../../git/merge-tree.js';
import { withScratchObjects, type ScratchGit } from '../../git/scratch-objects.js';
import { regenerableTest, type MergeFinding, type PathTest } from './findings.js';
import { footprintsOf } from './footprint.js';
import { landOnBase, type BaseState } from './landing.js';
import { mergePairs, type Lander } from './pairs.js';

export interface BranchInput {
  name: string;
  sha: string;
}

type Histories = Map<string, BranchHistory>;

export interface AnalysisRequest {
  git: Git;
  /** the base tip's commit id */
  base: string;
  /** names must be unique */
  branches: BranchInput[];
  /** only the pairs that involve one of these branches (a pull request against the others) */
  focus?: string[];
  exhaustive: boolean;
  /** globs of lock files whose conflicts are reported apart */
  regenerable: string[];
  merge?: MergeOptions;
  now?: Date;
  /** gets each phase's time at debug level */
  logger?: Logger;
}

export interface PairAnalysis {
  a: string;
  b: string;
  /** what merging b gives once a has landed, when that conflicts */
  aFirst?: MergeFinding;
  bFirst?: MergeFinding;
  regenerable: string[];
}

export interface MergeStats {
  baseMerges: number;
  pairMerges: number;
  /** pair merges skipped because they provably cannot conflict */
  skipped: number;
}

export interface Analysis {
  base: string;
  /** branch name → its state against the base */
  states: Map<string, BaseState>;
  /** pairs with a finding, a < b by name */
  pairs: PairAnalysis[];
  /** branch name → its merge bases with the base (for branch health) */
  mergeBases: Map<string, string[]>;
  stats: MergeStats;
}

/** Sorted by name, so that lander indexes follow name order and pairs come out with a < b. */
function landersOf(branches: BranchInput[], states: Map<string, BaseState>, own: (tip: string) => Set<string>) {
  const landers: (Lander & { name: string; landingTree: string })[] = [];
  for (const branch of [...branches].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
    const state = states.get(branch.sha)!;
    if (state.kind !== 'clean') continue;
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

async function addFootprints(
  git: Git,
  base: string,
  landers: ReturnType<typeof landersOf>,
  mergeBases: (tip: string) => string[],
) {
  const footprints = await footprintsOf(
    git,
    base,
    landers.map((l) => ({ tip: l.tip, mergeBases: mergeBases(l.tip), landingTree: l.landingTree })),
  );
  landers.forEach((lander, index) => (lander.footprint = footprints[index]));
}

type Phase = <T>(name: string, run: () => Promise<T>) => Promise<T>;

/** Runs a phase and logs how long it took (SHIPGATE_DEBUG=1 shows it): where the time goes, on any machine. */
function phases(logger: Logger): Phase {
  return async (name, run) => {
    const started = performance.now();
    const result = await run();
    logger.debug(`conflicts: ${name} took ${Math.round(performance.now() - started)} ms`);
    return result;
  };
}

async function analyseIn(
  scratch: ScratchGit,
  request: AnalysisRequest,
  histories: Histories,
  phase: Phase,
): Promise<Analysis> {
  const regenerable = regenerableTest(request.regenerable);
  const merge = request.merge ?? {};
  const bySha = await phase('merges into the base', () =>
    landOnBase({ git: scratch, base: request.base, histories, regenerable, merge, now: request.now ?? new Date() }),
  );
  const landers = landersOf(request.branches, bySha, (tip) => histories.get(tip)!.own);
  if (!request.exhaustive)
    await phase('footprints', () =>
      addFootprints(scratch, request.base, landers, (tip) => histories.get(tip)!.mergeBases),
    );
  const names = landers.map((l) => l.name);
  const focus = request.focus && new Set(request.focus.map((name) => names.indexOf(name)).filter((i) => i >= 0));
  const result = await phase('pair merges', () =>
    mergePairs({ git: scratch, landers, ...(focus ? { focus } : {}), regenerable, merge }),
  );
  return {
    base: request.base,
    states: new Map(request.branches.map((b) => [b.name, bySha.get(b.sha)!])),
    mergeBases: new Map(request.branches.map((b) => [b.name, histories.get(b.sha)!.mergeBases])),
    pairs: result.outcomes.map(({ a, b, ...rest }) => ({ a: names[a]!, b: names[b]!, ...rest })),
    stats: { baseMerges: countMerged(bySha), pairMerges: result.merges, skipped: result.skipped },
  };
}

export async function analyse(request: AnalysisRequest): Promise<Analysis> {
  const phase = phases(request.logger ?? silentLogger);
  const tips = request.branches.map((b) => b.sha);
  const histories = await phase('histories', () => branchHistories(request.git, request.base, tips));
  return withScratchObjects(request.git, (scratch) => analyseIn(scratch, request, histories, phase));
}

function countMerged(states: Map<string, BaseState>): number {
  return [...states.values()].filter((s) => s.kind === 'clean' || s.kind === 'conflict').length;
}

export type { BaseState, MergeFinding, PathTest };
