/** One <testcase> as it streams past: its outcome from the elements inside it, and its failure if it failed. */
import type { RepositoryPaths } from '../../paths.js';
import { ownCopy } from '../source.js';
import { MAX_DETAILS_CHARS, type TestFailure } from '../types.js';
import type { XmlAttributes, XmlPlace } from '../xml.js';
import { placeOfFailure } from './places.js';

export type Outcome = 'passed' | 'failed' | 'skipped';

export interface Testcase {
  name: string;
  classname: string;
  file?: string;
  line?: number;
  time: number;
  outcome: Outcome;
  /** failed at first, passed on a rerun (Surefire) */
  flaky: boolean;
  message: string;
  text: string;
  /** inside the first <failure>/<error>, whose text is kept */
  capturing: boolean;
}

const FAILED = new Set(['failure', 'error']);
const FLAKY = new Set(['flakyFailure', 'flakyError']);

/** A time attribute in seconds ("1,234.5" as some tools write it); 0 when absent. */
export function seconds(text: string | undefined, place: XmlPlace): number {
  if (text === undefined || text === '') return 0;
  const value = Number(text.includes(',') ? text.replace(/,/g, '') : text);
  if (!Number.isFinite(value)) throw place.fail(`time="${text}" is not a number of seconds`);
  return value;
}

export function openTestcase(attributes: XmlAttributes, place: XmlPlace): Testcase {
  const line = Number(attributes.line);
  return {
    name: attributes.name ?? '',
    classname: attributes.classname ?? '',
    ...(attributes.file ? { file: attributes.file } : {}),
    ...(Number.isInteger(line) && line > 0 ? { line } : {}),
    time: seconds(attributes.time, place),
    outcome: 'passed',
    flaky: false,
    message: '',
    text: '',
    capturing: false,
  };
}

/** <failure>/<error> fail the test (a <rerunFailure> beside them changes nothing); <skipped> skips it. */
export function applyElement(testcase: Testcase, name: string, attributes: XmlAttributes): void {
  if (FAILED.has(name)) {
    if (testcase.outcome !== 'failed') {
      testcase.message = attributes.message ?? attributes.type ?? '';
      testcase.capturing = true;
    }
    testcase.outcome = 'failed';
  } else if (name === 'skipped' && testcase.outcome === 'passed') {
    testcase.outcome = 'skipped';
  } else if (FLAKY.has(name)) {
    testcase.flaky = true;
  }
}

export function closeElement(testcase: Testcase, name: string): void {
  if (FAILED.has(name)) testcase.capturing = false;
}

export function failureOf(testcase: Testcase, paths: RepositoryPaths): TestFailure {
  const details = testcase.text.trim().slice(0, MAX_DETAILS_CHARS);
  const place = placeOfFailure({ ...testcase, text: `${testcase.message}\n${details}` }, paths);
  const named = testcase.classname && testcase.classname !== testcase.name;
  const name = named ? `${testcase.classname} › ${testcase.name}` : testcase.name;
  // jest-junit writes no message attribute: the first line of the failure text says it.
  const message = testcase.message.trim() || details.split('\n', 1)[0]!.trim() || 'failed';
  const kept = { name: ownCopy(name), message: ownCopy(message), details: ownCopy(details) };
  return { ...kept, ...(place ? { place } : {}) };
}
