/** One file's coverage as one report (or the union of several) gives it: line states, branches, functions. */
import { ownCopy } from '../source.js';
import { BranchLines } from './branches.js';

export interface Counts {
  total: number;
  covered: number;
}

export interface CoverageCounts {
  lines: Counts;
  branches: Counts;
  functions: Counts;
}

const zero = (): Counts => ({ total: 0, covered: 0 });
export const noCounts = (): CoverageCounts => ({ lines: zero(), branches: zero(), functions: zero() });

/** How a line stands: not coverable (0), coverable and not run, or run. */
const UNCOVERED = 1;
const COVERED = 2;

export class FileCoverage {
  /** line number → UNCOVERED or COVERED (0: not coverable); grows as lines arrive */
  private lineStates = new Uint8Array(256);
  private lastLine = 0;
  /** branches per line (per line is what every format can give) */
  readonly branches = new BranchLines();
  /** function name and line → run at least once */
  readonly functions = new Map<string, boolean>();
  /** counts without detail (Istanbul's json-summary, Clover's file metrics); for each kind, detail wins */
  summary: CoverageCounts | undefined;

  markLine(line: number, hits: number): void {
    if (!(line >= 1) || !Number.isInteger(line)) return;
    if (line >= this.lineStates.length) this.grow(line);
    const state = hits > 0 ? COVERED : UNCOVERED;
    if (state > this.lineStates[line]!) this.lineStates[line] = state;
    if (line > this.lastLine) this.lastLine = line;
  }

  /** Adds branches found on a line of one report (several BRDA records add up). */
  addBranches(line: number, total: number, covered: number): void {
    this.branches.add(line, total, covered);
  }

  markFunction(name: string, line: number, hits: number): void {
    const key = ownCopy(`${name}@${line}`);
    this.functions.set(key, this.functions.get(key) === true || hits > 0);
  }

  /** Lines the file has that could run, and whether they did: for new-code coverage. */
  lineState(line: number): 'covered' | 'uncovered' | undefined {
    const state = this.lineStates[line];
    return state === COVERED ? 'covered' : state === UNCOVERED ? 'uncovered' : undefined;
  }

  /** Unions another report's view of the same file into this one. */
  merge(other: FileCoverage): void {
    for (let line = 1; line <= other.lastLine; line++) {
      const state = other.lineStates[line]!;
      if (state !== 0) this.markLine(line, state === COVERED ? 1 : 0);
    }
    this.branches.unionWith(other.branches);
    for (const [key, run] of other.functions) this.functions.set(key, this.functions.get(key) === true || run);
    if (other.summary && !this.summary) this.summary = other.summary;
  }

  counts(): CoverageCounts {
    const result = noCounts();
    for (let line = 1; line <= this.lastLine; line++) {
      const state = this.lineStates[line]!;
      if (state === 0) continue;
      result.lines.total += 1;
      if (state === COVERED) result.lines.covered += 1;
    }
    result.branches = this.branches.counts();
    for (const run of this.functions.values()) {
      result.functions.total += 1;
      if (run) result.functions.covered += 1;
    }
    return this.withSummary(result);
  }

  /** Kinds the file has no detail for take the summary's counts. */
  private withSummary(result: CoverageCounts): CoverageCounts {
    if (!this.summary) return result;
    return {
      lines: this.lastLine > 0 ? result.lines : this.summary.lines,
      branches: this.branches.size > 0 ? result.branches : this.summary.branches,
      functions: this.functions.size > 0 ? result.functions : this.summary.functions,
    };
  }

  private grow(line: number): void {
    let size = this.lineStates.length;
    while (size <= line) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.lineStates);
    this.lineStates = bigger;
  }
}
