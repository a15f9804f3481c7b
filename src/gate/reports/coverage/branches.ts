/**
 * Branches per line of one file, in two typed arrays indexed by line: a large tracefile has hundreds of
 * thousands of branch records, and an object per line would be most of the gate's memory.
 */
import type { Counts } from './file-coverage.js';

export class BranchLines {
  private totals = new Uint32Array(0);
  private covered = new Uint32Array(0);
  /** lines with at least one branch */
  size = 0;

  /** Adds branches found on a line of one report (several records for one line add up). */
  add(line: number, total: number, covered: number): void {
    if (!(line >= 0) || !Number.isInteger(line) || total <= 0) return;
    if (line >= this.totals.length) this.grow(line);
    if (this.totals[line] === 0) this.size += 1;
    const lineTotal = this.totals[line]! + total;
    this.totals[line] = lineTotal;
    this.covered[line] = Math.min(lineTotal, this.covered[line]! + covered);
  }

  /** Another report's branches of the same file: formats name branches differently, so per line the better of the two. */
  unionWith(other: BranchLines): void {
    for (let line = 0; line < other.totals.length; line++) {
      const total = other.totals[line]!;
      if (total === 0) continue;
      if (line >= this.totals.length) this.grow(line);
      if (this.totals[line] === 0) this.size += 1;
      this.totals[line] = Math.max(this.totals[line]!, total);
      this.covered[line] = Math.min(this.totals[line]!, Math.max(this.covered[line]!, other.covered[line]!));
    }
  }

  counts(): Counts {
    let total = 0;
    let covered = 0;
    for (let line = 0; line < this.totals.length; line++) {
      total += this.totals[line]!;
      covered += this.covered[line]!;
    }
    return { total, covered };
  }

  /** The first allocation fits most files at once: each typed array allocation costs more than its size. */
  private grow(line: number): void {
    let size = Math.max(256, this.totals.length);
    while (size <= line) size *= 2;
    const totals = new Uint32Array(size);
    const covered = new Uint32Array(size);
    totals.set(this.totals);
    covered.set(this.covered);
    [this.totals, this.covered] = [totals, covered];
  }
}
