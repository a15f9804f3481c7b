/**
 * Cobertura XML (coverage.py's `coverage xml`, Istanbul's cobertura reporter, many JVM and .NET tools):
 * classes name their file relative to one of the <source> folders; <line> elements give hits and, for
 * branches, condition-coverage "50% (1/2)". Lines inside <method> repeat the class's lines: they only say
 * whether the method ran.
 */
import { intAttribute, parseXml, type XmlAttributes, type XmlHandlers, type XmlPlace } from '../xml.js';
import type { CoverageReport, ReportInput } from '../types.js';
import { CoverageData, FileCoverage } from './data.js';

const CONDITIONS = /\((\d+)\/(\d+)\)/;

class CoberturaHandlers implements XmlHandlers {
  readonly data = new CoverageData();
  private readonly sources: string[] = [];
  private sourceText: string | undefined;
  private file: { key: string; coverage: FileCoverage } | undefined;
  private method: { name: string; line: number; hits: number } | undefined;

  constructor(
    private readonly input: ReportInput,
    private readonly place: XmlPlace,
  ) {}

  open(name: string, attributes: XmlAttributes): void {
    if (name === 'source') this.sourceText = '';
    else if (name === 'class') this.openClass(attributes);
    else if (name === 'method') this.method = { name: attributes.name ?? '?', line: 0, hits: 0 };
    else if (name === 'line' && this.file) this.line(this.file.coverage, attributes);
  }

  close(name: string): void {
    if (name === 'source' && this.sourceText !== undefined) {
      if (this.sourceText.trim() !== '') this.sources.push(this.sourceText.trim());
      this.sourceText = undefined;
    } else if (name === 'method' && this.method && this.file) {
      this.file.coverage.markFunction(this.method.name, this.method.line, this.method.hits);
      this.method = undefined;
    } else if (name === 'class' && this.file) {
      this.data.add(this.file.key, this.file.coverage);
      this.file = undefined;
    }
  }

  wantsText(): boolean {
    return this.sourceText !== undefined;
  }

  text(text: string): void {
    this.sourceText += text;
  }

  private openClass(attributes: XmlAttributes): void {
    const filename = attributes.filename;
    if (!filename) throw this.place.fail('a <class> without a filename attribute');
    this.file = { key: this.input.paths.key(filename, this.sources), coverage: new FileCoverage() };
  }

  private line(coverage: FileCoverage, attributes: XmlAttributes): void {
    const number = intAttribute(attributes, 'number', this.place);
    const hits = intAttribute(attributes, 'hits', this.place, 0);
    if (this.method) {
      this.method.line ||= number;
      this.method.hits = Math.max(this.method.hits, hits);
      return;
    }
    coverage.markLine(number, hits);
    const conditions = attributes.branch === 'true' ? CONDITIONS.exec(attributes['condition-coverage'] ?? '') : null;
    if (conditions) coverage.addBranches(number, Number(conditions[2]), Number(conditions[1]));
  }
}

export async function readCobertura(input: ReportInput): Promise<CoverageReport> {
  let handlers: CoberturaHandlers | undefined;
  await parseXml(input.file, input.display, (place) => (handlers = new CoberturaHandlers(input, place)));
  return { kind: 'coverage', format: 'cobertura', coverage: handlers!.data };
}
