/**
 * JUnit XML in its dialects: Maven Surefire (flakyFailure / rerunFailure), jest-junit, pytest, vitest,
 * go-junit-report, and Node's test runner (testcases straight under <testsuites>, skips as
 * <skipped type="todo">). Testcases are counted as they stream past; only the first failures are kept.
 */
import { parseXml, type XmlAttributes, type XmlHandlers, type XmlPlace } from '../xml.js';
import { ReportError } from '../source.js';
import {
  MAX_DETAILS_CHARS,
  MAX_KEPT_FAILURES,
  type ReportInput,
  type TestFailure,
  type TestReport,
  type TestTotals,
} from '../types.js';
import { DialectClues } from './dialect.js';
import { placeOfFailure } from './places.js';

type Outcome = 'passed' | 'failed' | 'skipped';

interface Testcase {
  name: string;
  classname: string;
  file?: string;
  line?: number;
  time: number;
  outcome: Outcome;
  flaky: boolean;
  message: string;
  text: string;
  /** inside the first <failure>/<error>, whose text is kept */
  capturing: boolean;
}

const FAILED = new Set(['failure', 'error']);
const FLAKY = new Set(['flakyFailure', 'flakyError']);

class JunitHandlers implements XmlHandlers {
  readonly totals: TestTotals = { total: 0, passed: 0, failed: 0, skipped: 0, flaky: 0, duration: 0 };
  readonly failures: TestFailure[] = [];
  readonly clues = new DialectClues();
  private depth = 0;
  private rootTime: number | undefined;
  private topLevelTime = 0;
  private testcase: Testcase | undefined;
  private sawRoot = false;

  constructor(
    private readonly input: ReportInput,
    private readonly place: XmlPlace,
  ) {}

  open(name: string, attributes: XmlAttributes): void {
    this.depth += 1;
    if (this.depth === 1) this.openRoot(name, attributes);
    this.clues.element(name, attributes, this.depth);
    if (name === 'testcase') this.openTestcase(attributes);
    else if (this.testcase) this.outcomeElement(this.testcase, name, attributes);
    else if (name === 'testsuite' && this.depth === 2) this.topLevelTime += this.seconds(attributes.time);
  }

  close(name: string): void {
    this.depth -= 1;
    if (!this.testcase) return;
    if (name === 'testcase') this.closeTestcase(this.testcase);
    else if (FAILED.has(name)) this.testcase.capturing = false;
  }

  wantsText(): boolean {
    return this.testcase?.capturing === true && this.testcase.text.length < MAX_DETAILS_CHARS;
  }

  text(text: string): void {
    this.testcase!.text += text;
  }

  result(): TestReport {
    if (!this.sawRoot) throw new ReportError(`${this.input.display}: no <testsuites> or <testsuite> element.`);
    this.totals.duration = round(this.rootTime ?? this.topLevelTime);
    return {
      kind: 'tests',
      format: 'junit',
      dialect: this.clues.dialect(),
      totals: this.totals,
      failures: this.failures,
    };
  }

  private openRoot(name: string, attributes: XmlAttributes): void {
    if (name !== 'testsuites' && name !== 'testsuite') {
      throw this.place.fail(`the root element is <${name}>, not <testsuites> or <testsuite>: not a JUnit report`);
    }
    this.sawRoot = true;
    if (attributes.time !== undefined) this.rootTime = this.seconds(attributes.time);
  }

  private openTestcase(attributes: XmlAttributes): void {
    if (this.testcase) throw this.place.fail('a <testcase> inside another <testcase>');
    const time = this.seconds(attributes.time);
    if (this.depth === 2) this.topLevelTime += time;
    const line = attributes.line === undefined ? undefined : Number(attributes.line);
    this.testcase = {
      name: attributes.name ?? '',
      classname: attributes.classname ?? '',
      ...(attributes.file ? { file: attributes.file } : {}),
      ...(line !== undefined && Number.isInteger(line) && line > 0 ? { line } : {}),
      time,
      outcome: 'passed',
      flaky: false,
      message: '',
      text: '',
      capturing: false,
    };
  }

  private outcomeElement(testcase: Testcase, name: string, attributes: XmlAttributes): void {
    if (FAILED.has(name)) {
      if (testcase.outcome !== 'failed') {
        testcase.message = attributes.message ?? attributes.type ?? name;
        testcase.capturing = true;
      }
      testcase.outcome = 'failed';
    } else if (name === 'skipped' && testcase.outcome === 'passed') {
      testcase.outcome = 'skipped';
    } else if (FLAKY.has(name)) {
      testcase.flaky = true;
    }
  }

  private closeTestcase(testcase: Testcase): void {
    this.testcase = undefined;
    const totals = this.totals;
    totals.total += 1;
    totals[testcase.outcome] += 1;
    if (testcase.flaky && testcase.outcome === 'passed') totals.flaky += 1;
    if (testcase.outcome === 'failed' && this.failures.length < MAX_KEPT_FAILURES)
      this.failures.push(this.failure(testcase));
  }

  private failure(testcase: Testcase): TestFailure {
    const details = testcase.text.trim().slice(0, MAX_DETAILS_CHARS);
    const place = placeOfFailure({ ...testcase, text: `${testcase.message}\n${details}` }, this.input.paths);
    const name =
      testcase.classname && testcase.classname !== testcase.name
        ? `${testcase.classname} › ${testcase.name}`
        : testcase.name;
    return { name, message: testcase.message.trim() || 'failed', details, ...(place ? { place } : {}) };
  }

  private seconds(text: string | undefined): number {
    if (text === undefined || text === '') return 0;
    const value = Number(text.replace(/,/g, ''));
    if (!Number.isFinite(value)) throw this.place.fail(`time="${text}" is not a number of seconds`);
    return value;
  }
}

const round = (seconds: number): number => Math.round(seconds * 1000) / 1000;

export async function readJunit(input: ReportInput): Promise<TestReport> {
  let handlers: JunitHandlers | undefined;
  await parseXml(input.file, input.display, (place) => (handlers = new JunitHandlers(input, place)));
  return handlers!.result();
}
