import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { conflictHunks } from '../../src/conflicts/merges/ranges.js';

const numbered = (count: number) => Array.from({ length: count }, (_, i) => `line ${i + 1}`);

/** git's own merge of three texts, conflict markers included. */
function mergeFile(ours: string[], base: string[], theirs: string[], style = 'merge'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-ranges-'));
  const files = { ours, base, theirs };
  for (const [name, lines] of Object.entries(files)) writeFileSync(path.join(dir, name), lines.join('\n') + '\n');
  try {
    return execFileSync(
      'git',
      ['merge-file', '-p', `--${style === 'diff3' ? 'diff3' : 'no-diff3'}`, 'ours', 'base', 'theirs'],
      { cwd: dir, encoding: 'utf8' },
    );
  } catch (error) {
    return (error as { stdout: string }).stdout;
  }
}

describe('conflictHunks', () => {
  it("finds each side's lines in that side's file, though clean changes moved them", () => {
    const base = numbered(12);
    const ours = ['new 1', 'new 2', 'new 3', ...base.slice(0, 7), 'ours 8', ...base.slice(8)];
    const theirs = [base[0]!, ...base.slice(2, 7), 'theirs 8', 'theirs 8b', ...base.slice(8)];
    for (const style of ['merge', 'diff3']) {
      const merged = mergeFile(ours, base, theirs, style);
      expect(conflictHunks(merged, ours.join('\n') + '\n', theirs.join('\n') + '\n'), style).toEqual([
        { ours: { start: 11, end: 11 }, theirs: { start: 7, end: 8 } },
      ]);
    }
  });

  it('marks the side that deleted the lines with an empty range where they were', () => {
    const base = numbered(6);
    const ours = [...base.slice(0, 2), ...base.slice(4)];
    const theirs = [...base.slice(0, 2), 'changed 3', ...base.slice(3)];
    const [hunk] = conflictHunks(mergeFile(ours, base, theirs), ours.join('\n') + '\n', theirs.join('\n') + '\n');
    expect(hunk).toEqual({ ours: { start: 3, end: 2 }, theirs: { start: 3, end: 4 } });
  });
});
