/**
 * Where two sides collide inside a conflicted file: the line ranges of each side, read from the conflict
 * markers git wrote into the merged file, so authors can see whose lines meet and agree who rebases.
 */

/** 1-based and inclusive; `end` is `start - 1` where the side has no lines there (it deleted them). */
export interface LineRange {
  start: number;
  end: number;
}

/** One conflict block: the lines of the side merged into (`ours`) and of the side merged in (`theirs`). */
export interface ConflictHunk {
  ours: LineRange;
  theirs: LineRange;
}

interface Block {
  /** where the block starts in the merged file with every block resolved to that side */
  at: { ours: number; theirs: number };
  ours: string[];
  theirs: string[];
}

const MARK = { start: /^<{7,}( |$)/, base: /^\|{7,}( |$)/, middle: /^={7,}$/, end: /^>{7,}( |$)/ };

/** The conflict blocks of a merged file, each with its place in the file as each side would read it. */
export function blocksOf(merged: string): Block[] {
  const blocks: Block[] = [];
  const at = { ours: 0, theirs: 0 };
  let current: Block | undefined;
  let part: 'ours' | 'base' | 'theirs' = 'ours';
  for (const line of merged.split('\n')) {
    if (MARK.start.test(line) && !current) [current, part] = [{ at: { ...at }, ours: [], theirs: [] }, 'ours'];
    else if (current && MARK.base.test(line)) part = 'base';
    else if (current && MARK.middle.test(line)) part = 'theirs';
    else if (current && MARK.end.test(line)) {
      blocks.push(current);
      [at.ours, at.theirs, current] = [at.ours + current.ours.length, at.theirs + current.theirs.length, undefined];
    } else if (current && part !== 'base') current[part].push(line);
    else if (!current) [at.ours, at.theirs] = [at.ours + 1, at.theirs + 1];
  }
  return blocks;
}

/** The index of `needle` in `lines` nearest to `expected` (its lines are there verbatim), else `expected`. */
function locate(lines: string[], needle: string[], expected: number): number {
  if (needle.length === 0) return Math.min(expected, lines.length);
  let best = -1;
  for (let i = 0; i + needle.length <= lines.length; i++) {
    if (!needle.every((line, k) => lines[i + k] === line)) continue;
    if (best < 0 || Math.abs(i - expected) < Math.abs(best - expected)) best = i;
  }
  return best < 0 ? Math.min(expected, lines.length) : best;
}

const rangeOf = (index: number, length: number): LineRange => ({ start: index + 1, end: index + length });

/**
 * The hunks of a conflicted text file. A block's own lines are found verbatim in that side's file, nearest
 * to where the merged file puts them: the merged file also carries the other side's clean changes, so its
 * line numbers are only a guide.
 */
export function conflictHunks(merged: string, ours: string, theirs: string): ConflictHunk[] {
  const [oursLines, theirsLines] = [ours.split('\n'), theirs.split('\n')];
  return blocksOf(merged).map((block) => ({
    ours: rangeOf(locate(oursLines, block.ours, block.at.ours), block.ours.length),
    theirs: rangeOf(locate(theirsLines, block.theirs, block.at.theirs), block.theirs.length),
  }));
}
