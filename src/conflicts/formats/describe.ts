/** Words every format shares: how a pair's order and a conflict's files read. */
import type { Conflict } from '../merges/findings.js';
import type { PairEntry } from '../report/report.js';

/** "either lands first", or which landing breaks the other. */
export function orderText(pair: PairEntry): string {
  if (pair.order === 'both') return 'in either order';
  const [first, second] = pair.order === 'a-first' ? [pair.a, pair.b] : [pair.b, pair.a];
  return `once ${first} lands, ${second} conflicts`;
}

/** "app.py (content), old.py (modify/delete)": each file with the kinds of conflict git reported on it. */
export function filesText(files: string[], conflicts: Conflict[], quote: (path: string) => string = (p) => p): string {
  return files
    .map((file) => {
      const kinds = [...new Set(conflicts.filter((c) => c.paths.includes(file)).map((c) => c.kind))];
      return kinds.length > 0 ? `${quote(file)} (${kinds.join(', ')})` : quote(file);
    })
    .join(', ');
}

export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
