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
import { landOnBase, type BaseState } from './landing.js';
import { analyseFocused } from './focused.js';
import { addFootprints, analysisOf, landersOf } from './landers.js';
import { mergePairs } from './pairs.js';

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
  const states = new Map(request.branches.map((b) => [b.name, bySha.get(b.sha)!]));
  return analysisOf(request, histories, { states, bySha, names, result });
}

export async function analyse(request: AnalysisRequest): Promise<Analysis> {
  const phase = phases(request.logger ?? silentLogger);
  const tips = request.branches.map((b) => b.sha);
  const histories = await phase('histories', () => branchHistories(request.git, request.base, tips));
  // A run about one branch merges the others into the base only where a pair with it needs that.
  const focused =
    !request.exhaustive && request.focus?.length === 1 && request.branches.some((b) => b.name === request.focus![0]);
  return withScratchObjects(request.git, (scratch) =>
    focused ? analyseFocused(scratch, request, histories, phase) : analyseIn(scratch, request, histories, phase),
  );
}

export type { BaseState, MergeFinding, PathTest };
