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
import { applyElement, closeElement, failureOf, openTestcase, seconds, type Testcase } from './testcase.js';

class JunitHandlers implements XmlHandlers {
  readonly totals: TestTotals = { total: 0, passed: 0, failed: 0, skipped: 0, flaky: 0, duration: 0 };
  readonly failures: TestFailure[] = [];
  readonly clues = new DialectClues();
  private depth = 0;
  /** the root's time, else the sum of what sits right under it */
  private rootTime: number | undefined;
  private topLevelTime = 0;
  private testcase: Testcase | undefined;

  constructor(
    private readonly input: ReportInput,
    private readonly place: XmlPlace,
  ) {}

  open(name: string, attributes: XmlAttributes): void {
    this.depth += 1;
    if (this.depth === 1) this.openRoot(name, attributes);
    this.clues.element(name, attributes, this.depth);
    if (this.testcase) {
      if (name === 'testcase') throw this.place.fail('a <testcase> inside another <testcase>');
      applyElement(this.testcase, name, attributes);
    } else if (name === 'testcase') {
      this.testcase = openTestcase(attributes, this.place);
      if (this.depth === 2) this.topLevelTime += this.testcase.time;
    } else if (name === 'testsuite' && this.depth === 2) {
      this.topLevelTime += seconds(attributes.time, this.place);
    }
  }

  close(name: string): void {
    this.depth -= 1;
    if (!this.testcase) return;
    if (name === 'testcase') this.count(this.testcase);
    else closeElement(this.testcase, name);
  }

  comment(text: string): void {
    this.clues.comment(text);
  }

  wantsText(): boolean {
    return this.testcase?.capturing === true && this.testcase.text.length < MAX_DETAILS_CHARS;
  }

  text(text: string): void {
    this.testcase!.text += text;
  }

  result(): TestReport {
    if (this.depth !== 0 || this.rootTime === undefined)
      throw new ReportError(`${this.input.display}: no JUnit root element.`);
    this.totals.duration = Math.round((this.rootTime || this.topLevelTime) * 1000) / 1000;
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
    this.rootTime = seconds(attributes.time, this.place);
  }

  private count(testcase: Testcase): void {
    this.testcase = undefined;
    this.totals.total += 1;
    this.totals[testcase.outcome] += 1;
    if (testcase.flaky && testcase.outcome === 'passed') this.totals.flaky += 1;
    if (testcase.outcome === 'failed' && this.failures.length < MAX_KEPT_FAILURES) {
      this.failures.push(failureOf(testcase, this.input.paths));
    }
  }
}

export async function readJunit(input: ReportInput): Promise<TestReport> {
  let handlers: JunitHandlers | undefined;
  await parseXml(input.file, input.display, (place) => (handlers = new JunitHandlers(input, place)));
  return handlers!.result();
}
