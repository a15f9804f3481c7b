/** Turns the engine's analysis into the report: names sorted, pairs with their order, teams, merge order, verdict. */
import type { BranchHealth } from '../health/health.js';
import type { Analysis, PairAnalysis } from '../merges/analyse.js';
import type { Conflict as EngineConflict } from '../merges/findings.js';
import { suggestMergeOrder, type Breakage } from '../order/merge-order.js';
import type { ConflictsFailOn, Order } from '../settings.js';
import { teamTable } from '../teams/teams.js';
import { teamEntries } from './team-entries.js';
import { verdictOf } from './verdict.js';
import type {
  BaseConflictEntry,
  Conflict,
  ConflictsReport,
  ConflictsSummary,
  PairEntry,
  PullInfo,
  RegenerableEntry,
  UncheckedEntry,
} from './report.js';

export interface ReportInput {
  analysis: Analysis;
  base: string;
  /** each branch checked, with the name its team prefix is matched against */
  branches: { name: string; teamName: string }[];
  teams: Record<string, string[]>;
  failOn: ConflictsFailOn;
  toolVersion: string;
  focus?: string;
  pulls?: Record<string, PullInfo>;
  partialReason?: string;
  health?: BranchHealth;
  /** branches the caller could not check (a pull request head that could not be fetched) */
  unchecked?: UncheckedEntry[];
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function orderOf(pair: PairAnalysis): Order {
  return pair.aFirst && pair.bFirst ? 'both' : pair.aFirst ? 'a-first' : 'b-first';
}

/** A conflict for the report: its line ranges keyed by whose lines they are (`ours` merged into, `theirs` in). */
function located(conflicts: EngineConflict[], ours: string, theirs: string): Conflict[] {
  return conflicts.map(({ ranges, ...conflict }) =>
    ranges ? { ...conflict, lines: ranges.map((h) => ({ [ours]: h.ours, [theirs]: h.theirs })) } : conflict,
  );
}

/** The conflicts of both orders (landing a then merging b: a's side is `ours`), each kind and set of paths once. */
function unionOf(pair: PairAnalysis): { files: string[]; conflicts: Conflict[] } {
  const orders = [
    ...(pair.aFirst ? [{ finding: pair.aFirst, ours: pair.a, theirs: pair.b }] : []),
    ...(pair.bFirst ? [{ finding: pair.bFirst, ours: pair.b, theirs: pair.a }] : []),
  ];
  const files = [...new Set(orders.flatMap((o) => o.finding.files))].sort(byName);
  const conflicts = new Map<string, Conflict>();
  for (const o of orders)
    for (const conflict of located(o.finding.conflicts, o.ours, o.theirs)) {
      const key = `${conflict.kind}\0${conflict.paths.join('\0')}`;
      if (!conflicts.has(key)) conflicts.set(key, conflict);
    }
  return { files, conflicts: [...conflicts.values()] };
}

function pairEntries(analysis: Analysis, team: (name: string) => string | undefined): PairEntry[] {
  return analysis.pairs
    .filter((pair) => pair.aFirst || pair.bFirst)
    .map((pair) => ({
      a: pair.a,
      b: pair.b,
      ...unionOf(pair),
      order: orderOf(pair),
      crossTeam: team(pair.a) !== team(pair.b),
    }));
}

interface BaseSections {
  baseConflicts: BaseConflictEntry[];
  regenerable: RegenerableEntry[];
  unchecked: UncheckedEntry[];
  merged: string[];
}

function baseSections(analysis: Analysis, base: string): BaseSections {
  const sections: BaseSections = { baseConflicts: [], regenerable: [], unchecked: [], merged: [] };
  for (const name of [...analysis.states.keys()].sort(byName)) {
    const state = analysis.states.get(name)!;
    if (state.kind === 'conflict') {
      const { files, conflicts } = state.finding;
      sections.baseConflicts.push({ branch: name, files, conflicts: located(conflicts, base, name) });
    } else if (state.kind === 'merged') sections.merged.push(name);
    else if (state.kind === 'unrelated')
      sections.unchecked.push({ branch: name, reason: `shares no history with ${base}: git refuses to merge it` });
    else if (state.kind === 'clean' && state.regenerable.length > 0)
      sections.regenerable.push({ branch: name, files: state.regenerable });
  }
  for (const pair of analysis.pairs)
    if (pair.regenerable.length > 0) sections.regenerable.push({ a: pair.a, b: pair.b, files: pair.regenerable });
  return sections;
}

/** "landing first makes second conflict", for each conflicting order of each pair */
function breakagesOf(pairs: PairAnalysis[]): Breakage[] {
  return pairs.flatMap((pair) => [
    ...(pair.aFirst ? [{ first: pair.a, second: pair.b }] : []),
    ...(pair.bFirst ? [{ first: pair.b, second: pair.a }] : []),
  ]);
}

function summaryOf(input: ReportInput, sections: BaseSections, pairs: PairEntry[]): ConflictsSummary {
  const { stats } = input.analysis;
  return {
    branches: input.branches.length,
    baseConflicts: sections.baseConflicts.length,
    pairs: pairs.length,
    crossTeamPairs: pairs.filter((p) => p.crossTeam).length,
    regenerable: sections.regenerable.length,
    unchecked: sections.unchecked.length,
    merged: sections.merged.length,
    merges: { base: stats.baseMerges, pairs: stats.pairMerges, skipped: stats.skipped },
    failOn: input.failOn,
    passed: verdictOf({ ...sections, pairs }, input.failOn, input.focus),
    partial: input.partialReason !== undefined,
    ...(input.partialReason === undefined ? {} : { partialReason: input.partialReason }),
  };
}

export function buildReport(input: ReportInput): ConflictsReport {
  const table = teamTable(input.teams);
  const teamName = new Map(input.branches.map((b) => [b.name, b.teamName]));
  const team = (name: string) => table.teamOf(teamName.get(name) ?? name);
  const sections = baseSections(input.analysis, input.base);
  sections.unchecked = [...sections.unchecked, ...(input.unchecked ?? [])].sort((x, y) => byName(x.branch, y.branch));
  const pairs = pairEntries(input.analysis, team);
  const hasTeams = table.names.length > 0;
  return {
    version: 1,
    toolVersion: input.toolVersion,
    base: input.base,
    baseSha: input.analysis.base,
    branches: input.branches.map((b) => b.name).sort(byName),
    ...sections,
    pairs,
    teams: teamEntries(table, input.teams, input.branches, { ...sections, pairs }),
    unassigned: hasTeams
      ? input.branches
          .filter((b) => team(b.name) === undefined)
          .map((b) => b.name)
          .sort(byName)
      : [],
    mergeOrder: suggestMergeOrder(breakagesOf(input.analysis.pairs)),
    health: input.health ?? { behind: [], stale: [] },
    ...(input.focus === undefined ? {} : { focus: input.focus }),
    ...(input.pulls === undefined ? {} : { pulls: input.pulls }),
    summary: summaryOf(input, sections, pairs),
  };
}
