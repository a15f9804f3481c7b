import { describe, expect, test } from 'vitest';
import { findDirectives } from '../../../src/compliance/analysis/directives.js';
import { languageForPath } from '../../../src/compliance/languages/table.js';
import { classifyLines } from '../../../src/compliance/lines/classify.js';
import type { Finding } from '../../../src/compliance/rules.js';
import { directiveChecker } from '../../../src/compliance/suppressions.js';

/** Newline-terminated source from its lines. */
const lines = (...rows: string[]): string => rows.map((row) => `${row}\n`).join('');

/** The directives of a source text, its lines classified as the language of `path` says. */
function directivesIn(path: string, text: string) {
  return findDirectives(text, classifyLines(text, languageForPath(path)));
}

const DISABLE = '# shipgate-disable-next-line function-lines -- generated';

describe('what a directive reaches', () => {
  test('a one-line decorator: the function line below it', () => {
    const text = lines('import functools', '', DISABLE, '@functools.cache', 'def f():', '    return 1');
    expect(directivesIn('x.py', text)).toEqual([
      { line: 3, rules: ['function-lines'], reason: 'generated', reach: 5, inHeader: false, unknownRules: [] },
    ]);
  });

  test('a Python decorator whose arguments span lines: the def line after it', () => {
    const text = lines(
      DISABLE,
      '@pytest.mark.parametrize(',
      '    "a",',
      '    [1, 2],',
      ')',
      'def test_x(a):',
      '    assert a',
    );
    expect(directivesIn('x.py', text)).toMatchObject([{ line: 1, reach: 6, inHeader: true }]);
  });

  test('a TypeScript decorator with an object literal: the class line after it', () => {
    const text = lines(
      "import { Component } from '@angular/core';",
      '// shipgate-disable-next-line class-lines -- a form with many fields',
      '@Component({',
      "  selector: 'x',",
      "  template: '<p>)}]</p>', // brackets in strings do not count",
      '})',
      'export class Foo {',
      '}',
    );
    expect(directivesIn('x.ts', text)).toEqual([
      {
        line: 2,
        rules: ['class-lines'],
        reason: 'a form with many fields',
        reach: 7,
        inHeader: false,
        unknownRules: [],
      },
    ]);
  });

  test('two stacked decorators, one of them over several lines, with a comment between', () => {
    const text = lines(
      'class T:',
      '    ' + DISABLE,
      '    @pytest.mark.parametrize("a", [',
      '        (1, "(("),',
      '        # a comment ( inside',
      '        (2, "]]"),',
      '    ])',
      '    @staticmethod',
      '    def test_y(a):',
      '        pass',
    );
    expect(directivesIn('x.py', text)).toMatchObject([{ line: 2, reach: 9, inHeader: false }]);
  });

  test('a directive before the last decorator of the file reaches to its end', () => {
    const text = lines(DISABLE, '@decorator(', '    1,');
    expect(directivesIn('x.py', text)).toMatchObject([{ line: 1, reach: 3 }]);
  });

  test('a finding that starts on the def line below a multi-line decorator is suppressed', () => {
    const text = lines(
      'x = 1',
      DISABLE,
      '@pytest.mark.parametrize(',
      '    "a",',
      '    [1, 2],',
      ')',
      'def test_x(a):',
      '    assert a',
    );
    const finding: Finding = {
      rule: 'function-lines',
      path: 'x.py',
      line: 7,
      endLine: 8,
      symbol: 'test_x',
      value: 40,
      limit: 30,
      severity: 'major',
    };
    expect(directiveChecker(directivesIn('x.py', text))(finding)).toEqual({ kind: 'suppressed' });
  });
});

describe('what is a directive', () => {
  test("a directive's words inside a string are not one", () => {
    const text = lines('x = 1', `note = "${DISABLE}"`, 'doc = """', DISABLE, '"""', 'def f():', '    pass');
    expect(directivesIn('x.py', text)).toEqual([]);
  });

  test('rule words that are not rule ids match nothing and are listed', () => {
    const text = lines('# shipgate-disable-next-line file-length, function-lines -- legacy', 'def f():', '    pass');
    expect(directivesIn('x.py', text)).toEqual([
      { line: 1, rules: ['function-lines'], reason: 'legacy', reach: 2, inHeader: true, unknownRules: ['file-length'] },
    ]);
  });

  test('a directive that names no rule is listed as naming none', () => {
    const text = lines('x = 1', '# shipgate-disable-next-line -- no rule', 'def f():', '    pass');
    expect(directivesIn('x.py', text)).toEqual([
      { line: 2, rules: [], reason: 'no rule', reach: 3, inHeader: false, unknownRules: ['(none)'] },
    ]);
  });
});

describe('what is a directive', () => {
  test('a comment that mentions the directive in prose is not one', () => {
    const text = lines(
      '/** Write `shipgate-disable-next-line <rule> -- <reason>` above a function. */',
      'export const x = 1;',
    );
    expect(directivesIn('x.ts', text)).toEqual([]);
  });

  test('the directive may follow any of the comment markers', () => {
    const text = lines(
      '// shipgate-disable-next-line file-lines -- a',
      '/* shipgate-disable-next-line file-lines -- b */',
      '/**',
      ' * shipgate-disable-next-line file-lines -- c',
      ' */',
    );
    expect(directivesIn('x.ts', text).map((d) => d.reason)).toEqual(['a', 'b', 'c']);
  });
});
