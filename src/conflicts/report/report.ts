/** The conflicts report: the JSON users' scripts read (stable; documented in the README) and every format's input. */
import type { BranchHealth } from '../health/health.js';
import type { LineRange } from '../merges/ranges.js';
import type { MergeOrder } from '../order/merge-order.js';
import type { ConflictsFailOn, Order } from '../settings.js';

/** One conflict as git reports it, with, for content conflicts, each side's colliding lines by branch name. */
export interface Conflict {
  kind: string;
  paths: string[];
  /** per conflict block: branch (or base) name → its lines there; `end` is `start - 1` where it has none */
  lines?: Record<string, LineRange>[];
}

export interface BaseConflictEntry {
  branch: string;
  files: string[];
  conflicts: Conflict[];
}

export interface PairEntry {
  /** a < b */
  a: string;
  b: string;
  files: string[];
  order: Order;
  conflicts: Conflict[];
  /** the two branches belong to different teams */
  crossTeam: boolean;
}

/** Lock files that conflict and nothing else: regenerate them instead of merging. */
export interface RegenerableEntry {
  branch?: string;
  a?: string;
  b?: string;
  files: string[];
}

/** A branch that could not be checked, and why (never read as "no conflict"). */
export interface UncheckedEntry {
  branch: string;
  reason: string;
}

export interface TeamEntry {
  prefixes: string[];
  branches: string[];
  baseConflicts: number;
  /** other team (or this one) → conflicting pairs between them */
  pairs: Record<string, number>;
}

/** A pull request's details, in reports made from pull requests (keyed by branch name). */
export interface PullInfo {
  number: number;
  title: string;
  url: string;
  author: string;
  headRef: string;
}

export interface ConflictsSummary {
  branches: number;
  baseConflicts: number;
  pairs: number;
  crossTeamPairs: number;
  regenerable: number;
  unchecked: number;
  merged: number;
  merges: { base: number; pairs: number; skipped: number };
  failOn: ConflictsFailOn;
  passed: boolean;
  /** true when the run stopped short (an API limit, a fetch that failed): the report says what it has */
  partial: boolean;
  partialReason?: string;
}

export interface ConflictsReport {
  version: 1;
  toolVersion: string;
  base: string;
  baseSha: string;
  /** every branch checked, by name (refs/heads/ left out), sorted */
  branches: string[];
  baseConflicts: BaseConflictEntry[];
  pairs: PairEntry[];
  regenerable: RegenerableEntry[];
  unchecked: UncheckedEntry[];
  /** branches the base already contains */
  merged: string[];
  teams: Record<string, TeamEntry>;
  /** branches whose name matches no team prefix (when teams are configured) */
  unassigned: string[];
  mergeOrder: MergeOrder;
  /** branches far behind the base, and branches with no recent commit (empty for a run about one branch) */
  health: BranchHealth;
  /** with one branch in focus (a pull request, or the branch checked by `shipgate check`) */
  focus?: string;
  pulls?: Record<string, PullInfo>;
  summary: ConflictsSummary;
}
