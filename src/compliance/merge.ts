import type { FailOn } from '../compliance/settings.js';
import { ConfigurationError } from '../core/errors.js';
import type { ComplianceReport } from './report.js';
import { summarize } from './summary.js';

interface Shard {
  index: number;
  count: number;
}

interface NamedReport {
  file: string;
  report: ComplianceReport;
}

const fail = (message: string): never => {
  throw new ConfigurationError(`compliance merge: ${message}`);
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A report's own parts, checked before any of them is read. */
function checkShape({ file, report }: NamedReport): void {
  const parts: unknown = report;
  if (!isRecord(parts) || parts.version !== 1) fail(`${file} is not a shipgate compliance report (version 1).`);
  const record = parts as Record<string, unknown>;
  const missing = ['files', 'skipped', 'violations', 'fixed'].filter((key) => !Array.isArray(record[key]));
  if (!isRecord(record.summary)) missing.push('summary');
  if (missing.length > 0)
    fail(`${file} is not a complete shipgate compliance report: it has no ${missing.join(', ')}.`);
}

/** A report's JSON with object keys sorted, so that equal values compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (!isRecord(value)) return JSON.stringify(value) ?? 'undefined';
  return `{${Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
    .join(',')}}`;
}

/** Every report must come from the same kind of run with the same rules as the first. */
function checkSameRun(first: NamedReport, { file, report }: NamedReport): void {
  if (report.mode !== first.report.mode || report.base !== first.report.base || report.root !== first.report.root) {
    fail(
      `${file} comes from a different kind of run (mode ${report.mode}, base ${report.base}, folder "${report.root}") than ${first.file}.`,
    );
  }
  const mine: Record<string, unknown> = isRecord(report.rules) ? report.rules : {};
  const theirs: Record<string, unknown> = isRecord(first.report.rules) ? first.report.rules : {};
  const differing = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].filter(
    (rule) => canonical(mine[rule]) !== canonical(theirs[rule]),
  );
  if (differing.length > 0)
    fail(`${file} was checked with other rules than ${first.file} (${differing.sort().join(', ')} differ).`);
}

/** The shard a report comes from, or null when it is not from a shard run. */
function shardOf({ file, report }: NamedReport): Shard | null {
  const shard: unknown = report.shard;
  if (shard === null || shard === undefined) return null;
  const { index, count } = isRecord(shard) ? shard : {};
  const valid =
    Number.isInteger(index) &&
    Number.isInteger(count) &&
    (index as number) >= 1 &&
    (index as number) <= (count as number);
  if (!valid)
    fail(
      `${file} names no valid shard (${JSON.stringify(shard)}): expected { "index": i, "count": n } with 1 ≤ i ≤ n.`,
    );
  return { index: index as number, count: count as number };
}

/** Exactly one report for each shard i/n of one sharded run. */
function checkShardSet(shards: { file: string; shard: Shard }[]): void {
  const [first] = shards;
  if (!first) return;
  const count = first.shard.count;
  const byIndex = new Map<number, string>();
  for (const { file, shard } of shards) {
    if (shard.count !== count) {
      fail(
        `${file} is shard ${shard.index}/${shard.count} but ${first.file} is shard ${first.shard.index}/${count}: the shard counts differ.`,
      );
    }
    const twin = byIndex.get(shard.index);
    if (twin !== undefined) fail(`shard ${shard.index}/${count} is given twice: ${twin} and ${file}.`);
    byIndex.set(shard.index, file);
  }
  const missing: string[] = [];
  for (let index = 1; index <= count && missing.length < 20; index++)
    if (!byIndex.has(index)) missing.push(`${index}/${count}`);
  if (missing.length === 0) return;
  const more = count - byIndex.size - missing.length;
  const which = `${missing.length === 1 ? 'shard' : 'shards'} ${missing.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
  fail(`${which} ${missing.length + more === 1 ? 'is' : 'are'} missing: got only ${[...byIndex.values()].join(', ')}.`);
}

/** Either one report of a whole run, or the reports of all the shards of one sharded run. */
function checkShards(reports: NamedReport[]): void {
  const shards = reports.map((named) => ({ file: named.file, shard: shardOf(named) }));
  const sharded = shards.filter((s): s is { file: string; shard: Shard } => s.shard !== null);
  const whole = shards.filter((s) => s.shard === null).map((s) => s.file);
  if (whole.length === 0) return checkShardSet(sharded);
  if (reports.length === 1) return;
  if (sharded.length === 0)
    fail(
      `${whole.join(', ')} are not from shard runs (--shard i/n): only the reports of the shards of one run can be merged.`,
    );
  const are = whole.length === 1 ? 'is' : 'are';
  fail(
    `${whole.join(', ')} ${are} not from a shard run, while ${sharded.map((s) => s.file).join(', ')} are: merge only the reports of the shards of one run.`,
  );
}

/**
 * Combines the reports of `--shard i/n` runs into one, as if one run had scanned everything. The
 * verdict follows the merging run's `failOn` (shard runs usually run with fail-on: none), never a shard's.
 * It refuses reports that are not one whole set of shards of one run: duplicated, missing or mixed
 * shards, other rules, or incomplete reports.
 */
export function mergeReports(reports: { file: string; report: ComplianceReport }[], failOn: FailOn): ComplianceReport {
  const [first] = reports;
  if (!first) throw new ConfigurationError('compliance merge: give at least one report to merge.');
  for (const named of reports) checkShape(named);
  for (const named of reports) checkSameRun(first, named);
  checkShards(reports);
  const byPath = <T extends { path: string }>(items: T[]): T[] =>
    items.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files = byPath(reports.flatMap((r) => r.report.files));
  const violations = byPath(reports.flatMap((r) => r.report.violations));
  const fixed = byPath(reports.flatMap((r) => r.report.fixed));
  const skipped = byPath(reports.flatMap((r) => r.report.skipped));
  const suppressed = reports.reduce((total, r) => total + r.report.summary.suppressed, 0);
  const parts = { files, skipped, violations, fixed };
  return { ...first.report, shard: null, ...parts, summary: summarize(parts, suppressed, failOn) };
}
