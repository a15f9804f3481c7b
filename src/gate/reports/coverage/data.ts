/**
 * Coverage as every coverage parser builds it: per file, the state of each line, branches per line and
 * functions. Reports of the same code are unioned (a line covered in either report is covered), never added.
 */

import { FileCoverage, noCounts, type CoverageCounts, type Counts } from './file-coverage.js';

export { FileCoverage, type CoverageCounts, type Counts };

/** Coverage of many files, keyed by repository path (or the report's path when it names no tracked file). */
export class CoverageData {
  readonly files = new Map<string, FileCoverage>();

  file(key: string): FileCoverage {
    let file = this.files.get(key);
    if (!file) {
      file = new FileCoverage();
      this.files.set(key, file);
    }
    return file;
  }

  /** Adds a file read from one record of a report (a file may appear in several records: unioned). */
  add(key: string, coverage: FileCoverage): void {
    const seen = this.files.get(key);
    if (seen) seen.merge(coverage);
    else this.files.set(key, coverage);
  }

  merge(other: CoverageData): void {
    for (const [key, file] of other.files) this.file(key).merge(file);
  }

  totals(): CoverageCounts {
    const result = noCounts();
    for (const file of this.files.values()) {
      const counts = file.counts();
      for (const kind of ['lines', 'branches', 'functions'] as const) {
        result[kind].total += counts[kind].total;
        result[kind].covered += counts[kind].covered;
      }
    }
    return result;
  }
}

/** A percentage with two decimals; 0 of 0 is 100, as coverage tools report it. */
export function percent(counts: Counts): number {
  if (counts.total === 0) return 100;
  return Math.floor((counts.covered / counts.total) * 10_000) / 100;
}
