/**
 * Each branch merged into the base tip, as `git merge --no-ff` on the base would: a conflict is reported
 * against the base; a clean merge becomes the merge commit that landing the branch would make, which the
 * pair merges start from.
 */
import { writeCommits } from '../../git/commit-objects.js';
import type { BranchHistory } from '../../git/history.js';
import { mergeMany, type MergeOptions } from '../../git/merge-tree.js';
import type { ScratchGit } from '../../git/scratch-objects.js';
import { blocks, findingOf, type MergeFinding, type PathTest } from './findings.js';
import { attachRanges, sitesOf, type ConflictSite } from './hunks.js';

export type BaseState =
  /** the base already has every commit of the branch: landing it changes nothing */
  | { kind: 'merged' }
  /** no history in common with the base: git refuses to merge it */
  | { kind: 'unrelated' }
  /** not merged into the base: in a run about another branch, its pairs with that one cannot conflict */
  | { kind: 'untested' }
  | { kind: 'conflict'; finding: MergeFinding }
  /** landing is the merge commit; its tree may hold lock-file conflicts, listed in `regenerable` */
  | { kind: 'clean'; landing: string; landingTree: string; regenerable: string[] };

export interface LandingRequest {
  git: ScratchGit;
  base: string;
  /** commit → its history against the base */
  histories: Map<string, BranchHistory>;
  regenerable: PathTest;
  merge: MergeOptions;
  now: Date;
}

/** The base state of every commit of `histories`. */
interface Landed {
  tip: string;
  tree: string;
  regenerable: string[];
}

/** The landing commits of the branches that merged cleanly (lock-file conflicts aside). */
async function land(request: LandingRequest, landed: Landed[], states: Map<string, BaseState>): Promise<void> {
  const commits = await writeCommits(
    request.git,
    landed.map(({ tip, tree }) => ({ tree, parents: [request.base, tip], message: `shipgate: land ${tip}` })),
    request.now,
  );
  landed.forEach(({ tip, tree, regenerable }, index) =>
    states.set(tip, { kind: 'clean', landing: commits[index]!, landingTree: tree, regenerable }),
  );
}

export async function landOnBase(request: LandingRequest): Promise<Map<string, BaseState>> {
  const states = new Map<string, BaseState>();
  const toMerge: string[] = [];
  for (const [tip, history] of request.histories) {
    if (history.mergeBases.length === 0) states.set(tip, { kind: 'unrelated' });
    else if (history.own.size === 0) states.set(tip, { kind: 'merged' });
    else toMerge.push(tip);
  }
  const requests = toMerge.map((tip) => ({ ours: request.base, theirs: tip }));
  const outcomes = await mergeMany(request.git, requests, request.merge);
  const landed: Landed[] = [];
  const sites: ConflictSite[] = [];
  outcomes.forEach((outcome, index) => {
    const tip = toMerge[index]!;
    const finding = outcome.clean ? undefined : findingOf(outcome, request.regenerable, [request.base, tip]);
    if (finding && blocks(finding)) {
      states.set(tip, { kind: 'conflict', finding });
      sites.push(...sitesOf(outcome, finding));
    } else landed.push({ tip, tree: outcome.tree, regenerable: finding?.regenerable ?? [] });
  });
  await attachRanges(request.git, sites);
  await land(request, landed, states);
  return states;
}
