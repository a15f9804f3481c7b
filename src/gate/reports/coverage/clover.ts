/**
 * Clover XML (OpenClover, Istanbul's clover reporter, PHPUnit): <file name path> elements with
 * <line num type count> children (stmt, cond, method) and a <metrics> element of totals. Lines come from
 * the <line> elements; branch and function totals from the file's <metrics>, because writers disagree on
 * what a cond line's truecount and falsecount mean (OpenClover: times true and false; Istanbul: branches
 * covered and not).
 */
import { intAttribute, parseXml, type XmlAttributes, type XmlHandlers, type XmlPlace } from '../xml.js';
import type { CoverageReport, ReportInput } from '../types.js';
import { CoverageData, FileCoverage, type Counts } from './data.js';

class CloverHandlers implements XmlHandlers {
  readonly data = new CoverageData();
  private file: { key: string; coverage: FileCoverage } | undefined;
  private inClass = false;

  constructor(
    private readonly input: ReportInput,
    private readonly place: XmlPlace,
  ) {}

  open(name: string, attributes: XmlAttributes): void {
    if (name === 'file') {
      const where = attributes.path ?? attributes.name;
      if (!where) throw this.place.fail('a <file> without a path or name attribute');
      this.file = { key: this.input.paths.key(where), coverage: new FileCoverage() };
    } else if (name === 'class') {
      this.inClass = true;
    } else if (this.file && name === 'metrics' && !this.inClass) {
      this.file.coverage.summary = this.fileMetrics(attributes);
    } else if (this.file && name === 'line') {
      this.line(this.file.coverage, attributes);
    }
  }

  close(name: string): void {
    if (name === 'class') this.inClass = false;
    if (name === 'file' && this.file) {
      this.data.add(this.file.key, this.file.coverage);
      this.file = undefined;
    }
  }

  private counts(attributes: XmlAttributes, total: string, covered: string): Counts {
    return {
      total: intAttribute(attributes, total, this.place, 0),
      covered: intAttribute(attributes, covered, this.place, 0),
    };
  }

  private fileMetrics(attributes: XmlAttributes) {
    return {
      lines: this.counts(attributes, 'statements', 'coveredstatements'),
      branches: this.counts(attributes, 'conditionals', 'coveredconditionals'),
      functions: this.counts(attributes, 'methods', 'coveredmethods'),
    };
  }

  private line(coverage: FileCoverage, attributes: XmlAttributes): void {
    const line = intAttribute(attributes, 'num', this.place);
    const count = intAttribute(attributes, 'count', this.place, 0);
    if (attributes.type === 'method') coverage.markFunction(attributes.name ?? `line ${line}`, line, count);
    else
      coverage.markLine(
        line,
        attributes.type === 'cond' && attributes.count === undefined ? this.condHits(attributes) : count,
      );
  }

  private condHits(attributes: XmlAttributes): number {
    return intAttribute(attributes, 'truecount', this.place, 0) + intAttribute(attributes, 'falsecount', this.place, 0);
  }
}

export async function readClover(input: ReportInput): Promise<CoverageReport> {
  let handlers: CloverHandlers | undefined;
  await parseXml(input.file, input.display, (place) => (handlers = new CloverHandlers(input, place)));
  return { kind: 'coverage', format: 'clover', coverage: handlers!.data };
}
