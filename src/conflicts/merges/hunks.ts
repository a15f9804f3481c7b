/** Adds each content conflict's line ranges (ranges.ts), reading every blob needed in one batch. */
import { readBlobs } from '../../git/blobs.js';
import type { Git } from '../../git/git.js';
import type { MergeOutcome } from '../../git/merge-tree.js';
import type { Conflict, MergeFinding } from './findings.js';
import { conflictHunks } from './ranges.js';

/** A content conflict and where its three versions are: the merged file with markers, ours, theirs. */
export interface ConflictSite {
  conflict: Conflict;
  merged: string;
  ours: string;
  theirs: string;
}

const TEXTUAL = new Set(['content', 'add/add']);

/** The content conflicts of a merge whose both sides are present (not a deletion). */
export function sitesOf(outcome: MergeOutcome, finding: MergeFinding): ConflictSite[] {
  return finding.conflicts.flatMap((conflict) => {
    const path = conflict.paths[0];
    if (!TEXTUAL.has(conflict.kind) || path === undefined || conflict.paths.length !== 1) return [];
    const stage = (n: number) => outcome.entries.find((e) => e.path === path && e.stage === n)?.oid;
    const [ours, theirs] = [stage(2), stage(3)];
    return ours && theirs ? [{ conflict, merged: `${outcome.tree}:${path}`, ours, theirs }] : [];
  });
}

const text = (blob: Buffer | undefined): string | undefined =>
  blob === undefined || blob.includes(0) ? undefined : blob.toString('utf8');

export async function attachRanges(git: Git, sites: ConflictSite[]): Promise<void> {
  const blobs = await readBlobs(
    git,
    sites.flatMap((s) => [s.merged, s.ours, s.theirs]),
  );
  sites.forEach((site, i) => {
    const [merged, ours, theirs] = [text(blobs[3 * i]), text(blobs[3 * i + 1]), text(blobs[3 * i + 2])];
    if (merged === undefined || ours === undefined || theirs === undefined) return;
    const ranges = conflictHunks(merged, ours, theirs);
    if (ranges.length > 0) site.conflict.ranges = ranges;
  });
}
