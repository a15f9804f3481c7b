/**
 * LCOV tracefiles (genhtml's format; written by c8, nyc, vitest, Jest, Node's test runner, lcov itself):
 * records from SF: to end_of_record with DA (line hits), BRDA (branches) and FN/FNDA (functions).
 */
import { readLines } from '../lines.js';
import { ReportError } from '../source.js';
import type { CoverageReport, ReportInput } from '../types.js';
import { CoverageData, FileCoverage } from './data.js';

/** The whole number in text[start, end), or -1 when it is not one (hand-rolled: this runs per record line). */
function digits(text: string, start: number, end: number): number {
  if (end <= start) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

const DA = 'DA:';
const BRDA = 'BRDA:';

class LcovReader {
  readonly data = new CoverageData();
  private file: FileCoverage | undefined;
  private key = '';
  private sourceLine = 0;
  /** FN records give a function's line, FNDA its hits by name */
  private functionLines = new Map<string, number>();

  constructor(private readonly input: ReportInput) {}

  line(text: string, number: number): void {
    // DA and BRDA are nearly every line of a large tracefile: the fast path first.
    if (text.startsWith(DA)) return this.lineHits(text, number);
    if (text.startsWith(BRDA)) return this.branch(text.slice(BRDA.length), number);
    const colon = text.indexOf(':');
    const tag = colon < 0 ? text.trim() : text.slice(0, colon);
    const value = colon < 0 ? '' : text.slice(colon + 1);
    switch (tag) {
      case 'SF':
        return this.start(value, number);
      case 'end_of_record':
        return this.end(number);
      case 'FN':
        return this.functionStart(value, number);
      case 'FNDA':
        return this.functionHits(value, number);
      default:
        if (text.trim() === '' || (colon > 0 && /^[A-Z][A-Z_]*$/.test(tag))) return; // LF, BRF, TN, VER, …
        throw this.fail(number, `"${text.slice(0, 40)}" is not an LCOV record`);
    }
  }

  finish(lines: number): void {
    if (this.file)
      throw this.fail(
        lines,
        `the record for ${this.key} (SF: on line ${this.sourceLine}) has no end_of_record: the file is cut short`,
      );
    if (lines === 0) throw new ReportError(`${this.input.display}: the file is empty.`);
    if (this.data.files.size === 0)
      throw this.fail(lines, 'no SF: … end_of_record record: no coverage in it, or cut short');
  }

  private current(number: number): FileCoverage {
    if (!this.file) throw this.fail(number, 'a record outside SF: … end_of_record');
    return this.file;
  }

  private start(value: string, number: number): void {
    if (this.file) throw this.fail(number, `SF: before the end_of_record of ${this.key}`);
    if (value.trim() === '') throw this.fail(number, 'SF: names no file');
    this.key = this.input.paths.key(value);
    this.file = new FileCoverage();
    this.sourceLine = number;
    this.functionLines.clear();
  }

  private end(number: number): void {
    this.data.add(this.key, this.current(number));
    this.file = undefined;
  }

  /** DA:<line>,<hits>[,<checksum>] */
  private lineHits(text: string, number: number): void {
    const comma = text.indexOf(',', DA.length);
    const next = comma < 0 ? -1 : text.indexOf(',', comma + 1);
    const line = digits(text, DA.length, comma);
    const hits = comma < 0 ? -1 : digits(text, comma + 1, next < 0 ? text.length : next);
    if (line < 0 || hits < 0) throw this.fail(number, `"${text.slice(0, 40)}" is not DA:<line>,<hits>`);
    this.current(number).markLine(line, hits);
  }

  /** BRDA:<line>,<block>,<branch>,<taken> ("-": never reached); the line and whether it was taken count */
  private branch(value: string, number: number): void {
    const comma = value.indexOf(',');
    const last = value.lastIndexOf(',');
    const line = digits(value, 0, comma);
    const taken = value.slice(last + 1);
    const hits = taken === '-' ? 0 : digits(taken, 0, taken.length);
    if (line < 0 || hits < 0 || comma === last || value.indexOf(',', comma + 1) === last) {
      throw this.fail(number, `BRDA:${value.slice(0, 40)} is not BRDA:<line>,<block>,<branch>,<taken>`);
    }
    this.current(number).addBranches(line, 1, hits > 0 ? 1 : 0);
  }

  private functionStart(value: string, number: number): void {
    // FN:<line>,<name> or, since lcov 2, FN:<line>,<end line>,<name>
    const fields = value.split(',');
    const name = fields[fields.length - 1]!;
    this.current(number);
    this.functionLines.set(name, this.int(fields[0], number));
  }

  private functionHits(value: string, number: number): void {
    const comma = value.indexOf(',');
    const name = value.slice(comma + 1);
    this.current(number).markFunction(
      name,
      this.functionLines.get(name) ?? 0,
      this.hits(value.slice(0, comma), number),
    );
  }

  private int(text: string | undefined, number: number): number {
    const value = text === undefined ? -1 : digits(text, 0, text.length);
    if (value < 0) throw this.fail(number, `"${text ?? ''}" is not a line number`);
    return value;
  }

  private hits(text: string | undefined, number: number): number {
    const hits = Number(text);
    if (text === undefined || text === '' || !Number.isFinite(hits))
      throw this.fail(number, `"${text ?? ''}" is not a hit count`);
    return hits;
  }

  private fail(number: number, message: string): ReportError {
    return new ReportError(`${this.input.display}:${number}: ${message}.`);
  }
}

export async function readLcov(input: ReportInput): Promise<CoverageReport> {
  const reader = new LcovReader(input);
  const lines = await readLines(input.file, input.display, (text, number) => reader.line(text, number));
  reader.finish(lines);
  return { kind: 'coverage', format: 'lcov', coverage: reader.data };
}
