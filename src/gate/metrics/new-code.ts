/** The pull request's changed lines against the reports: coverage of new code, and lint errors on it. */
import type { FileChange } from '../../git/diff.js';
import type { CoverageData } from '../reports/coverage/data.js';
import type { LintFinding } from '../reports/types.js';

/** Changed lines a test run could have run but did not, per file, as ranges. */
export interface UncoveredLines {
  path: string;
  ranges: [number, number][];
}

export interface NewCode {
  /** changed lines the coverage reports call coverable */
  coverable: number;
  covered: number;
  uncovered: UncoveredLines[];
  /** lint errors on changed lines */
  lintErrors: LintFinding[];
}

function onChangedLine(change: FileChange | undefined, line: number): boolean {
  return change !== undefined && change.ranges.some(([start, end]) => start <= line && line <= end);
}

function uncoveredRanges(lines: number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const line of lines) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === line - 1) last[1] = line;
    else ranges.push([line, line]);
  }
  return ranges;
}

export function newCodeOf(
  changes: Map<string, FileChange>,
  coverage: CoverageData | undefined,
  findings: LintFinding[],
): NewCode {
  const result: NewCode = { coverable: 0, covered: 0, uncovered: [], lintErrors: [] };
  for (const [path, change] of [...changes].sort(([a], [b]) => a.localeCompare(b))) {
    const file = coverage?.files.get(path);
    if (!file) continue;
    const missed: number[] = [];
    for (const [start, end] of change.ranges) {
      for (let line = start; line <= end; line++) {
        const state = file.lineState(line);
        if (state === undefined) continue;
        result.coverable += 1;
        if (state === 'covered') result.covered += 1;
        else missed.push(line);
      }
    }
    if (missed.length > 0) result.uncovered.push({ path, ranges: uncoveredRanges(missed) });
  }
  result.lintErrors = findings.filter(
    (f) => f.level === 'error' && f.place && onChangedLine(changes.get(f.place.path), f.place.line),
  );
  return result;
}
