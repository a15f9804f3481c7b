/** The orders every format shows violations in, so the same report reads the same way everywhere. */
import { RULE_IDS, type RuleId, type Severity } from '../../compliance/settings.js';
import type { Violation } from '../report.js';

export const SEVERITIES_WORST_FIRST: readonly Severity[] = ['critical', 'major', 'minor'];

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, major: 1, minor: 2 };

export const severityRank = (severity: Severity): number => SEVERITY_RANK[severity];

export const ruleRank = (rule: RuleId): number => RULE_IDS.indexOf(rule);

function byLocation(a: Violation, b: Violation): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.line - b.line || ruleRank(a.rule) - ruleRank(b.rule);
}

/** New before old, then worst severity first, then path and line: what a reviewer reads first. */
export function newThenSeverity(a: Violation, b: Violation): number {
  return Number(b.new) - Number(a.new) || severityRank(a.severity) - severityRank(b.severity) || byLocation(a, b);
}

/** Worst severity first, then new before old: what to keep when only so many results fit. */
export function severityThenNew(a: Violation, b: Violation): number {
  return severityRank(a.severity) - severityRank(b.severity) || Number(b.new) - Number(a.new) || byLocation(a, b);
}

/** Path, then line: the order of a compiler's output. */
export const byPathAndLine = byLocation;

/** How far over its limit a violation is, as a ratio; a zero limit counts as the value itself. */
export const overLimitRatio = (v: Violation): number => (v.limit > 0 ? v.value / v.limit : v.value);

/** Critical first, then the largest ratio to the limit: the worst offenders. */
export function worstFirst(a: Violation, b: Violation): number {
  const critical = Number(b.severity === 'critical') - Number(a.severity === 'critical');
  return critical || overLimitRatio(b) - overLimitRatio(a) || severityThenNew(a, b);
}

export const sortedCopy = (
  violations: readonly Violation[],
  order: (a: Violation, b: Violation) => number,
): Violation[] => [...violations].sort(order);
