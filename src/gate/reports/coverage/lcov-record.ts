/**
 * One LCOV record, SF: to end_of_record: its DA (line hits), BRDA (branches) and FN/FNDA (functions)
 * lines. Each method returns an error text for a malformed line, which the reader places in the file.
 */
import { FileCoverage } from './file-coverage.js';

/** The whole number in text[start, end), or -1 when it is not one (hand-rolled: this runs per record line). */
export function digits(text: string, start: number, end: number): number {
  if (end <= start) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

export class LcovRecord {
  readonly coverage = new FileCoverage();
  /** FN records give a function's line, FNDA its hits by name */
  private readonly functionLines = new Map<string, number>();

  constructor(
    readonly key: string,
    /** the line of its SF:, for messages */
    readonly sourceLine: number,
  ) {}

  /** DA:<line>,<hits>[,<checksum>], read from `from` on (no substring: this runs for most lines) */
  lineHits(text: string, from: number): string | undefined {
    const comma = text.indexOf(',', from);
    const next = comma < 0 ? -1 : text.indexOf(',', comma + 1);
    const line = digits(text, from, comma);
    const hits = comma < 0 ? -1 : digits(text, comma + 1, next < 0 ? text.length : next);
    if (line < 0 || hits < 0) return `"${text.slice(0, 40)}" is not DA:<line>,<hits>`;
    this.coverage.markLine(line, hits);
    return undefined;
  }

  /** BRDA:<line>,<block>,<branch>,<taken> ("-": never reached): the line, and whether it was taken */
  branch(text: string, from: number): string | undefined {
    const comma = text.indexOf(',', from);
    const last = text.lastIndexOf(',');
    const line = digits(text, from, comma);
    const never = last === text.length - 2 && text.charCodeAt(last + 1) === 45; // "-"
    const hits = never ? 0 : digits(text, last + 1, text.length);
    if (line < 0 || hits < 0 || comma <= from || comma === last || text.indexOf(',', comma + 1) === last) {
      return `"${text.slice(0, 40)}" is not BRDA:<line>,<block>,<branch>,<taken>`;
    }
    this.coverage.addBranches(line, 1, hits > 0 ? 1 : 0);
    return undefined;
  }

  /** FN:<line>,<name> or, since lcov 2, FN:<line>,<end line>,<name> */
  functionStart(value: string): string | undefined {
    const line = digits(value, 0, value.indexOf(','));
    if (line < 0) return `"FN:${value.slice(0, 40)}" is not FN:<line>,<name>`;
    this.functionLines.set(value.slice(value.lastIndexOf(',') + 1), line);
    return undefined;
  }

  /** FNDA:<hits>,<name> */
  functionHits(value: string): string | undefined {
    const comma = value.indexOf(',');
    const hits = digits(value, 0, comma);
    if (hits < 0) return `"FNDA:${value.slice(0, 40)}" is not FNDA:<hits>,<name>`;
    const name = value.slice(comma + 1);
    this.coverage.markFunction(name, this.functionLines.get(name) ?? 0, hits);
    return undefined;
  }
}
