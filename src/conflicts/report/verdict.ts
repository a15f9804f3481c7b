/** Whether the check passes under its failure policy, for every branch or for the one in focus. */
import type { ConflictsFailOn } from '../settings.js';
import type { BaseConflictEntry, PairEntry, UncheckedEntry } from './report.js';

export interface Findings {
  baseConflicts: BaseConflictEntry[];
  pairs: PairEntry[];
  unchecked: UncheckedEntry[];
}

/** The findings about the branch in focus (a pull request), or all of them. */
export function findingsFor(found: Findings, focus: string | undefined): Findings {
  if (focus === undefined) return found;
  return {
    baseConflicts: found.baseConflicts.filter((c) => c.branch === focus),
    pairs: found.pairs.filter((p) => p.a === focus || p.b === focus),
    unchecked: found.unchecked.filter((u) => u.branch === focus),
  };
}

/**
 * `base`: fails on a conflict with the base (or a branch that could not be checked: never read as clean);
 * `any`: on any conflict; `none`: never.
 */
export function verdictOf(found: Findings, failOn: ConflictsFailOn, focus?: string): boolean {
  if (failOn === 'none') return true;
  const mine = findingsFor(found, focus);
  const againstBase = mine.baseConflicts.length > 0 || mine.unchecked.length > 0;
  return !(againstBase || (failOn === 'any' && mine.pairs.length > 0));
}

/** The same report, marked partial with one more reason (e.g. publishing stopped at a rate limit). */
export function markPartial<R extends { summary: { partial: boolean; partialReason?: string } }>(
  report: R,
  reason: string,
): R {
  const reasons = [report.summary.partialReason, reason].filter(Boolean).join('; ');
  return { ...report, summary: { ...report.summary, partial: true, partialReason: reasons } };
}
