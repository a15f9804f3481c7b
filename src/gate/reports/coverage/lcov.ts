/**
 * LCOV tracefiles (genhtml's format; written by c8, nyc, vitest, Jest, Node's test runner, lcov itself):
 * records from SF: to end_of_record. Lines outside a record, a record left open and a file with no
 * record at all are errors naming the line: a cut-short tracefile must not read as less coverage.
 */
import { lineStartsWith, readLines } from '../lines.js';
import { ReportError } from '../source.js';
import type { CoverageReport, ReportInput } from '../types.js';
import { CoverageData } from './data.js';
import { LcovRecord } from './lcov-record.js';

const DA = Buffer.from('DA:');
const BRDA = Buffer.from('BRDA:');

class LcovReader {
  readonly data = new CoverageData();
  private record: LcovRecord | undefined;

  constructor(private readonly input: ReportInput) {}

  line(bytes: Buffer, start: number, end: number, number: number): void {
    // DA and BRDA are nearly every line of a large tracefile: the fast path reads their bytes in place.
    let expected: string | undefined;
    if (lineStartsWith(bytes, start, end, DA)) expected = this.current(number).lineHits(bytes, start + DA.length, end);
    else if (lineStartsWith(bytes, start, end, BRDA))
      expected = this.current(number).branch(bytes, start + BRDA.length, end);
    else return this.otherLine(bytes.toString('utf8', start, end), number);
    if (expected !== undefined) {
      const quoted = bytes.toString('utf8', start, Math.min(end, start + 40));
      throw this.fail(number, `"${quoted}" is not ${expected}`);
    }
  }

  private otherLine(text: string, number: number): void {
    const colon = text.indexOf(':');
    const tag = colon < 0 ? text.trim() : text.slice(0, colon);
    const value = text.slice(colon + 1);
    if (tag === 'SF') return this.start(value, number);
    if (tag === 'end_of_record') return this.end(number);
    if (tag === 'FN') return this.check(this.current(number).functionStart(value), number);
    if (tag === 'FNDA') return this.check(this.current(number).functionHits(value), number);
    if (text.trim() === '' || (colon > 0 && /^[A-Z][A-Z_]*$/.test(tag))) return; // LF, BRF, TN, VER, …
    throw this.fail(number, `"${text.slice(0, 40)}" is not an LCOV record`);
  }

  finish(lines: number): void {
    const open = this.record;
    if (open)
      throw this.fail(
        lines,
        `the record of ${open.key} (SF: on line ${open.sourceLine}) has no end_of_record: the file is cut short`,
      );
    if (lines === 0) throw new ReportError(`${this.input.display}: the file is empty.`);
    if (this.data.files.size === 0)
      throw this.fail(lines, 'no SF: … end_of_record record: no coverage in it, or cut short');
  }

  private current(number: number): LcovRecord {
    if (!this.record) throw this.fail(number, 'a record line outside SF: … end_of_record');
    return this.record;
  }

  private start(value: string, number: number): void {
    if (this.record) throw this.fail(number, `SF: before the end_of_record of ${this.record.key}`);
    if (value.trim() === '') throw this.fail(number, 'SF: names no file');
    this.record = new LcovRecord(this.input.paths.key(value), number);
  }

  private end(number: number): void {
    const record = this.current(number);
    this.data.add(record.key, record.coverage);
    this.record = undefined;
  }

  private check(problem: string | undefined, number: number): void {
    if (problem !== undefined) throw this.fail(number, problem);
  }

  private fail(number: number, message: string): ReportError {
    return new ReportError(`${this.input.display}:${number}: ${message}.`);
  }
}

export async function readLcov(input: ReportInput): Promise<CoverageReport> {
  const reader = new LcovReader(input);
  const lines = await readLines(input.file, input.display, (text, start, end, number) =>
    reader.line(text, start, end, number),
  );
  reader.finish(lines);
  return { kind: 'coverage', format: 'lcov', coverage: reader.data };
}
