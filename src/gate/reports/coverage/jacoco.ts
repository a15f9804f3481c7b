/**
 * JaCoCo XML (report.dtd 1.1): <package name="com/acme"> holds <class> elements with <method> counters and
 * <sourcefile name="Foo.java"> elements with a <line nr mi ci mb cb> per line (missed and covered
 * instructions and branches). Files are named by package path; the repository path is found by its tail.
 */
import { intAttribute, parseXml, type XmlAttributes, type XmlHandlers, type XmlPlace } from '../xml.js';
import type { CoverageReport, ReportInput } from '../types.js';
import { CoverageData, FileCoverage } from './data.js';

class JacocoHandlers implements XmlHandlers {
  readonly data = new CoverageData();
  private packageName = '';
  /** file name → its methods, as the classes list them before the source files */
  private methods = new Map<string, { name: string; line: number; covered: boolean }[]>();
  private classFile: string | undefined;
  private method: { name: string; line: number; covered: boolean } | undefined;
  private file: { name: string; coverage: FileCoverage } | undefined;

  constructor(
    private readonly input: ReportInput,
    private readonly place: XmlPlace,
  ) {}

  open(name: string, attributes: XmlAttributes): void {
    switch (name) {
      case 'package':
        this.packageName = attributes.name ?? '';
        this.methods.clear();
        return;
      case 'class':
        this.classFile = attributes.sourcefilename;
        return;
      case 'method':
        this.method = {
          name: attributes.name ?? '?',
          line: intAttribute(attributes, 'line', this.place, 0),
          covered: false,
        };
        return;
      case 'counter':
        if (this.method && attributes.type === 'METHOD')
          this.method.covered = intAttribute(attributes, 'covered', this.place) > 0;
        return;
      case 'sourcefile':
        this.file = { name: attributes.name ?? '', coverage: new FileCoverage() };
        return;
      case 'line':
        if (this.file) this.line(this.file.coverage, attributes);
    }
  }

  close(name: string): void {
    if (name === 'method' && this.method && this.classFile) {
      const list = this.methods.get(this.classFile) ?? [];
      list.push(this.method);
      this.methods.set(this.classFile, list);
      this.method = undefined;
    } else if (name === 'sourcefile' && this.file) {
      for (const m of this.methods.get(this.file.name) ?? [])
        this.file.coverage.markFunction(m.name, m.line, m.covered ? 1 : 0);
      const packagePath = this.packageName === '' ? this.file.name : `${this.packageName}/${this.file.name}`;
      this.data.add(this.input.paths.key(packagePath), this.file.coverage);
      this.file = undefined;
    }
  }

  private line(coverage: FileCoverage, attributes: XmlAttributes): void {
    const line = intAttribute(attributes, 'nr', this.place);
    const [mi, ci, mb, cb] = ['mi', 'ci', 'mb', 'cb'].map((a) => intAttribute(attributes, a, this.place, 0)) as [
      number,
      number,
      number,
      number,
    ];
    if (mi + ci > 0) coverage.markLine(line, ci);
    if (mb + cb > 0) coverage.addBranches(line, mb + cb, cb);
  }
}

export async function readJacoco(input: ReportInput): Promise<CoverageReport> {
  let handlers: JacocoHandlers | undefined;
  await parseXml(input.file, input.display, (place) => (handlers = new JacocoHandlers(input, place)));
  return { kind: 'coverage', format: 'jacoco', coverage: handlers!.data };
}
