/**
 * One LCOV record, SF: to end_of_record: its DA (line hits), BRDA (branches) and FN/FNDA (functions)
 * lines. Each method returns an error text for a malformed line, which the reader places in the file.
 */
import { FileCoverage } from './file-coverage.js';

/** The whole number `text` spells, or -1 (for the few FN and FNDA lines; DA and BRDA are read as bytes). */
function wholeNumber(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : -1;
}

const COMMA = 44;
const DASH = 45;

/** The whole number in bytes[start, end), or -1 when it is not one. */
function byteDigits(bytes: Buffer, start: number, end: number): number {
  if (end <= start) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = bytes[i]! - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** The first comma in bytes[from, end), or -1. */
function commaIn(bytes: Buffer, from: number, end: number): number {
  for (let i = from; i < end; i++) if (bytes[i] === COMMA) return i;
  return -1;
}

/** The last comma in bytes[from, end), or -1. */
function lastCommaIn(bytes: Buffer, from: number, end: number): number {
  for (let i = end - 1; i >= from; i--) if (bytes[i] === COMMA) return i;
  return -1;
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

  /**
   * DA:<line>,<hits>[,<checksum>], its bytes after the tag from `from` to `end` (read in place: this runs for
   * most lines); the form the line should have when it is malformed
   */
  lineHits(bytes: Buffer, from: number, end: number): string | undefined {
    const comma = commaIn(bytes, from, end);
    const next = comma < 0 ? -1 : commaIn(bytes, comma + 1, end);
    const line = byteDigits(bytes, from, comma);
    const hits = comma < 0 ? -1 : byteDigits(bytes, comma + 1, next < 0 ? end : next);
    if (line < 0 || hits < 0) return 'DA:<line>,<hits>';
    this.coverage.markLine(line, hits);
    return undefined;
  }

  /** BRDA:<line>,<block>,<branch>,<taken> ("-": never reached): the line, and whether it was taken; as lineHits */
  branch(bytes: Buffer, from: number, end: number): string | undefined {
    const comma = commaIn(bytes, from, end);
    const last = lastCommaIn(bytes, from, end);
    const line = byteDigits(bytes, from, comma);
    const never = last === end - 2 && bytes[last + 1] === DASH;
    const hits = never ? 0 : byteDigits(bytes, last + 1, end);
    if (line < 0 || hits < 0 || comma <= from || comma === last || commaIn(bytes, comma + 1, end) === last) {
      return 'BRDA:<line>,<block>,<branch>,<taken>';
    }
    this.coverage.addBranches(line, 1, hits > 0 ? 1 : 0);
    return undefined;
  }

  /** FN:<line>,<name> or, since lcov 2, FN:<line>,<end line>,<name> */
  functionStart(value: string): string | undefined {
    const comma = value.indexOf(',');
    const line = comma < 0 ? -1 : wholeNumber(value.slice(0, comma));
    if (line < 0) return `"FN:${value.slice(0, 40)}" is not FN:<line>,<name>`;
    this.functionLines.set(value.slice(value.lastIndexOf(',') + 1), line);
    return undefined;
  }

  /** FNDA:<hits>,<name> */
  functionHits(value: string): string | undefined {
    const comma = value.indexOf(',');
    const hits = comma < 0 ? -1 : wholeNumber(value.slice(0, comma));
    if (hits < 0) return `"FNDA:${value.slice(0, 40)}" is not FNDA:<hits>,<name>`;
    const name = value.slice(comma + 1);
    this.coverage.markFunction(name, this.functionLines.get(name) ?? 0, hits);
    return undefined;
  }
}
