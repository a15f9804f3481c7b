/** Words every format shares: how a pair's order, a conflict's files and its colliding lines read. */
import type { LineRange } from '../merges/ranges.js';
import type { Conflict, PairEntry } from '../report/report.js';

/** "either lands first", or which landing breaks the other. */
export function orderText(pair: PairEntry): string {
  if (pair.order === 'both') return 'in either order';
  const [first, second] = pair.order === 'a-first' ? [pair.a, pair.b] : [pair.b, pair.a];
  return `once ${first} lands, ${second} conflicts`;
}

function spanText(range: LineRange): string {
  if (range.end < range.start) return `deleted at line ${range.start}`;
  return range.start === range.end ? `line ${range.start}` : `lines ${range.start}-${range.end}`;
}

/** "main line 2 / feature/x line 2": each side's colliding lines, block by block (at most three). */
export function linesText(conflict: Conflict, name: (branch: string) => string = (b) => b): string {
  const blocks = (conflict.lines ?? []).slice(0, 3).map((block) =>
    Object.entries(block)
      .map(([branch, range]) => `${name(branch)} ${spanText(range)}`)
      .join(' / '),
  );
  const more = (conflict.lines?.length ?? 0) - blocks.length;
  return [...blocks, ...(more > 0 ? [`${more} more`] : [])].join('; ');
}

/** "app.py (content: main line 2 / x line 2), old.py (modify/delete)": each file, its conflicts and lines. */
export function filesText(
  files: string[],
  conflicts: Conflict[],
  quote: (path: string) => string = (p) => p,
  name?: (branch: string) => string,
): string {
  return files
    .map((file) => {
      const mine = conflicts.filter((c) => c.paths.includes(file));
      const kinds = [...new Set(mine.map((c) => c.kind))].join(', ');
      const lines = mine
        .map((c) => linesText(c, name))
        .filter(Boolean)
        .join('; ');
      return kinds ? `${quote(file)} (${kinds}${lines ? `: ${lines}` : ''})` : quote(file);
    })
    .join(', ');
}

export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
