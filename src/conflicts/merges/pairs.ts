/**
 * The pair merges: for branches a and b that each merge cleanly into the base, land one (its merge commit)
 * and merge the other into that result, in both orders. Merges that provably cannot conflict are skipped
 * (pruning.ts) unless `exhaustive`.
 */
import { mergeMany, type MergeOptions } from '../../git/merge-tree.js';
import type { ScratchGit } from '../../git/scratch-objects.js';
import { blocks, findingOf, type MergeFinding, type PathTest } from './findings.js';
import type { Footprint } from './footprint.js';
import { attachRanges, sitesOf, type ConflictSite } from './hunks.js';
import { cannotConflict, pairKey, pairsSharingCommits } from './pruning.js';

/** A branch that lands cleanly on the base, as the pair merges see it. */
export interface Lander {
  tip: string;
  landing: string;
  own: Set<string>;
  /** undefined when pruning is off */
  footprint?: Footprint;
}

/** The outcome of one pair; `aFirst` is what merging b gives once a has landed. */
export interface PairOutcome {
  a: number;
  b: number;
  aFirst?: MergeFinding;
  bFirst?: MergeFinding;
  /** lock-file conflicts only, in either order */
  regenerable: string[];
}

export interface PairRequest {
  git: ScratchGit;
  landers: Lander[];
  /** only pairs with one of these landers (by index); undefined: every pair */
  focus?: Set<number>;
  regenerable: PathTest;
  merge: MergeOptions;
}

export interface PairResult {
  outcomes: PairOutcome[];
  merges: number;
  skipped: number;
}

interface Planned {
  first: number;
  second: number;
}

function plan(request: PairRequest): { planned: Planned[]; skipped: number } {
  const { landers, focus } = request;
  const shared = pairsSharingCommits(landers.map((l) => l.own));
  const planned: Planned[] = [];
  let skipped = 0;
  const consider = (first: number, second: number) => {
    const [one, other] = [landers[first]!.footprint, landers[second]!.footprint];
    const skip = one && other && cannotConflict(one, other, shared.has(pairKey(first, second)));
    if (skip) skipped++;
    else planned.push({ first, second });
  };
  for (let a = 0; a < landers.length; a++) {
    for (let b = a + 1; b < landers.length; b++) {
      if (focus && !focus.has(a) && !focus.has(b)) continue;
      consider(a, b);
      consider(b, a);
    }
  }
  return { planned, skipped };
}

/** Runs the pair merges that may conflict and returns the pairs with a finding in either order. */
export async function mergePairs(request: PairRequest): Promise<PairResult> {
  const { planned, skipped } = plan(request);
  const outcomes = await mergeMany(
    request.git,
    planned.map(({ first, second }) => ({
      ours: request.landers[first]!.landing,
      theirs: request.landers[second]!.tip,
    })),
    request.merge,
  );
  const pairs = new Map<string, PairOutcome>();
  const sites: ConflictSite[] = [];
  outcomes.forEach((outcome, index) => {
    if (outcome.clean) return;
    const { first, second } = planned[index]!;
    const key = pairKey(first, second);
    const [a, b] = first < second ? [first, second] : [second, first];
    const pair = pairs.get(key) ?? { a, b, regenerable: [] };
    pairs.set(key, pair);
    const labels = [request.landers[first]!.landing, request.landers[second]!.tip];
    const finding = findingOf(outcome, request.regenerable, labels);
    if (!blocks(finding)) pair.regenerable = [...new Set([...pair.regenerable, ...finding.regenerable])].sort();
    else if (first === a) pair.aFirst = finding;
    else pair.bFirst = finding;
    if (blocks(finding)) sites.push(...sitesOf(outcome, finding));
  });
  await attachRanges(request.git, sites);
  return { outcomes: [...pairs.values()], merges: planned.length, skipped };
}
