/**
 * Where a failed test is in the repository: the testcase's file and line attributes when it has them, else
 * the first frame of its stack trace or failure text that names a tracked file (JavaScript, Python, Java,
 * Go and others), else a file named after its class (pytest's tests.test_x, Surefire's com.acme.FooTest).
 */
import type { RepositoryPaths } from '../../paths.js';
import type { SourcePlace } from '../types.js';

const SOURCE_EXTENSIONS =
  'tsx?|jsx?|mjs|cjs|mts|cts|py|go|java|kt|kts|scala|groovy|rb|php|cs|fs|rs|swift|c|cc|cpp|h|hpp|ex|exs|dart';
/** path:line, as JavaScript, Go, Java (inside parentheses) and most tools write frames */
const FRAME = new RegExp(String.raw`(?:file:\/\/)?([^\s:()'"\[\]<>]*?\.(?:${SOURCE_EXTENSIONS})):(\d+)`, 'g');
/** File "path", line N — Python tracebacks */
const PYTHON_FRAME = /File "([^"]+)", line (\d+)/g;

export interface TestcaseFacts {
  classname: string;
  file?: string;
  line?: number;
  text: string;
}

export function placeOfFailure(facts: TestcaseFacts, paths: RepositoryPaths): SourcePlace | undefined {
  if (facts.file) {
    const file = paths.resolve(facts.file);
    if (file) return { path: file, line: facts.line ?? lineInText(facts.text, file, paths) ?? 1 };
  }
  return framesIn(facts.text, paths) ?? placeOfClass(facts.classname, paths);
}

function* frames(text: string): Generator<{ file: string; line: number }> {
  for (const pattern of [PYTHON_FRAME, FRAME]) {
    for (const match of text.matchAll(pattern)) {
      const file = match[1]!;
      if (file.includes('node_modules/') || file.startsWith('node:') || file.includes('site-packages/')) continue;
      yield { file, line: Number(match[2]) };
    }
  }
}

function framesIn(text: string, paths: RepositoryPaths): SourcePlace | undefined {
  for (const frame of frames(text)) {
    const file = paths.resolve(frame.file);
    if (file) return { path: file, line: frame.line };
  }
  return undefined;
}

/** The line of the first frame in `file`, when the testcase named its file but not the line. */
function lineInText(text: string, file: string, paths: RepositoryPaths): number | undefined {
  for (const frame of frames(text)) if (paths.resolve(frame.file) === file) return frame.line;
  return undefined;
}

/** tests.test_api → tests/test_api.py; com.acme.FooTest → …/com/acme/FooTest.java (and the like). */
function placeOfClass(classname: string, paths: RepositoryPaths): SourcePlace | undefined {
  if (classname === '') return undefined;
  const direct = paths.resolve(classname);
  if (direct) return { path: direct, line: 1 };
  const asPath = classname.replace(/\$.*$/, '').replace(/\./g, '/');
  for (const extension of ['py', 'java', 'kt', 'scala', 'cs', 'rb']) {
    const file = paths.resolve(`${asPath}.${extension}`);
    if (file) return { path: file, line: 1 };
  }
  return undefined;
}
