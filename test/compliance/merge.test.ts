import { describe, expect, test } from 'vitest';
import { v2Rules } from '../../src/compliance/settings.js';
import { mergeReports } from '../../src/compliance/merge.js';
import type { ComplianceReport, FileEntry, Violation } from '../../src/compliance/report.js';
import { summarize } from '../../src/compliance/summary.js';
import { ConfigurationError } from '../../src/core/errors.js';

function fileEntry(path: string, lines: number): FileEntry {
  return {
    path,
    language: 'python',
    lines,
    code: lines,
    comment: 0,
    blank: 0,
    functions: 1,
    classes: 0,
    enums: 0,
    parsed: true,
  };
}

function longFunction(path: string): Violation {
  return {
    rule: 'function-lines',
    path,
    line: 1,
    endLine: 40,
    symbol: 'f',
    value: 40,
    limit: 30,
    severity: 'major',
    new: true,
    status: 'new',
    message: 'Function f has 40 lines (limit 30)',
  };
}

/** A small report of one shard (or of a whole run with `shard: null`), its summary made from its parts. */
function report(shard: ComplianceReport['shard'], paths: string[], violations: Violation[] = []): ComplianceReport {
  const files = paths.map((path) => fileEntry(path, 10));
  return {
    version: 1,
    tool: { name: 'shipgate', version: '0.1.0' },
    mode: 'full',
    root: '',
    base: null,
    shard,
    config: { file: null, commit: null, changes: [] },
    rules: v2Rules(),
    files,
    skipped: [],
    violations,
    fixed: [],
    summary: summarize({ files, skipped: [], violations, fixed: [] }, 1, 'none'),
  };
}

const shard = (index: number, count: number): ComplianceReport['shard'] => ({ index, count });

/** The message of the ConfigurationError that merging these reports throws. */
function refusal(reports: { file: string; report: ComplianceReport }[]): string {
  try {
    mergeReports(reports, 'new');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('the merge was not refused');
}

describe('merging shard reports', () => {
  test('merges a whole set of shards into one report of the whole run', () => {
    const merged = mergeReports(
      [
        { file: 's2.json', report: report(shard(2, 2), ['b.py'], [longFunction('b.py')]) },
        { file: 's1.json', report: report(shard(1, 2), ['a.py', 'c.py']) },
      ],
      'new',
    );
    expect(merged.shard).toBeNull();
    expect(merged.files.map((f) => f.path)).toEqual(['a.py', 'b.py', 'c.py']);
    expect(merged.summary).toMatchObject({
      files: 3,
      lines: 30,
      violations: 1,
      failing: 1,
      suppressed: 2,
      failOn: 'new',
      passed: false,
    });
  });

  test('takes one report of a whole run as it is', () => {
    const merged = mergeReports([{ file: 'all.json', report: report(null, ['a.py']) }], 'none');
    expect(merged.summary).toMatchObject({ files: 1, failOn: 'none', passed: true });
  });

  test('merges rules that are equal but written in another key order', () => {
    const reordered = report(shard(2, 2), ['b.py']);
    reordered.rules = Object.fromEntries(Object.entries(reordered.rules).reverse()) as ComplianceReport['rules'];
    expect(
      mergeReports(
        [
          { file: 's1.json', report: report(shard(1, 2), ['a.py']) },
          { file: 's2.json', report: reordered },
        ],
        'new',
      ).files,
    ).toHaveLength(2);
  });
});

describe('refusing reports that are not one set of shards', () => {
  test('shards of runs with different shard counts', () => {
    const message = refusal([
      { file: 'a.json', report: report(shard(1, 2), ['a.py']) },
      { file: 'b.json', report: report(shard(2, 3), ['b.py']) },
    ]);
    expect(message).toContain('b.json is shard 2/3 but a.json is shard 1/2');
  });

  test('the same shard twice', () => {
    const message = refusal([
      { file: 'one.json', report: report(shard(1, 2), ['a.py']) },
      { file: 'two.json', report: report(shard(2, 2), ['b.py']) },
      { file: 'two-again.json', report: report(shard(2, 2), ['b.py']) },
    ]);
    expect(message).toBe('compliance merge: shard 2/2 is given twice: two.json and two-again.json.');
  });

  test('missing shards, named', () => {
    const message = refusal([
      { file: 'p1.json', report: report(shard(1, 3), ['a.py']) },
      { file: 'p3.json', report: report(shard(3, 3), ['c.py']) },
    ]);
    expect(message).toBe('compliance merge: shard 2/3 is missing: got only p1.json, p3.json.');
    expect(refusal([{ file: 'p2.json', report: report(shard(2, 3), ['b.py']) }])).toContain(
      'shards 1/3, 3/3 are missing: got only p2.json',
    );
  });

  test('a report of a whole run among shards', () => {
    const message = refusal([
      { file: 's1.json', report: report(shard(1, 2), ['a.py']) },
      { file: 'full.json', report: report(null, ['a.py', 'b.py']) },
      { file: 's2.json', report: report(shard(2, 2), ['b.py']) },
    ]);
    expect(message).toContain('full.json is not from a shard run, while s1.json, s2.json are');
  });

  test('two reports of whole runs', () => {
    const message = refusal([
      { file: 'monday.json', report: report(null, ['a.py']) },
      { file: 'tuesday.json', report: report(null, ['a.py']) },
    ]);
    expect(message).toContain('monday.json, tuesday.json are not from shard runs');
  });

  test('shards checked with other rules', () => {
    const other = report(shard(2, 2), ['b.py']);
    other.rules = { ...other.rules, 'function-lines': { ...other.rules['function-lines'], limit: 80 } };
    const message = refusal([
      { file: 's1.json', report: report(shard(1, 2), ['a.py']) },
      { file: 's2.json', report: other },
    ]);
    expect(message).toBe(
      'compliance merge: s2.json was checked with other rules than s1.json (function-lines differ).',
    );
  });

  test('a report without its files, violations, fixed entries or summary', () => {
    const partial = {
      ...report(shard(2, 2), ['b.py']),
      fixed: undefined,
      summary: undefined,
    } as unknown as ComplianceReport;
    const message = refusal([
      { file: 's1.json', report: report(shard(1, 2), ['a.py']) },
      { file: 's2.json', report: partial },
    ]);
    expect(message).toBe(
      'compliance merge: s2.json is not a complete shipgate compliance report: it has no fixed, summary.',
    );
    const bare = { version: 1, violations: {} } as unknown as ComplianceReport;
    expect(refusal([{ file: 'bare.json', report: bare }])).toContain(
      'bare.json is not a complete shipgate compliance report: it has no files, skipped, violations, fixed, summary',
    );
  });

  test('something that is not a report at all, or a shard that makes no sense', () => {
    expect(refusal([{ file: 'null.json', report: null as unknown as ComplianceReport }])).toContain(
      'null.json is not a shipgate compliance report (version 1)',
    );
    expect(refusal([{ file: 'odd.json', report: report(shard(3, 2), ['a.py']) }])).toContain(
      'odd.json names no valid shard',
    );
  });
});
