import { describe, expect, test } from 'vitest';
import { languageById } from '../../../src/compliance/languages/table.js';
import { classifyLines, countLines } from '../../../src/compliance/lines/classify.js';

/** One letter per line: `c` code, `#` comment, `.` blank. */
function kinds(text: string, languageId?: string): string {
  const language = languageId === undefined ? undefined : languageById(languageId);
  if (languageId !== undefined && language === undefined) throw new Error(`no language ${languageId}`);
  return Array.from(classifyLines(text, language), (kind) => '.c#'.charAt(kind)).join('');
}

/** Newline-terminated source from its lines. */
const lines = (...rows: string[]): string => rows.map((row) => `${row}\n`).join('');

interface Case {
  name: string;
  source: string;
  expected: string;
}

describe('line numbering', () => {
  test('an empty text has no lines', () => {
    expect(classifyLines('', languageById('python')).length).toBe(0);
    expect(countLines('', undefined)).toEqual({ lines: 0, code: 0, comment: 0, blank: 0 });
  });

  test('a text of only blank lines is all blank', () => {
    expect(kinds('\n  \n\t\n\n', 'python')).toBe('....');
    expect(countLines('\n \r\n\n', languageById('rust'))).toEqual({ lines: 3, code: 0, comment: 0, blank: 3 });
  });

  test('an unterminated last line counts, a terminated one adds nothing', () => {
    expect(kinds('x = 1\n# done', 'python')).toBe('c#');
    expect(kinds('x = 1\n# done\n', 'python')).toBe('c#');
    expect(kinds('x = 1\n\n', 'python')).toBe('c.');
    expect(kinds('  ', 'python')).toBe('.');
  });
});

describe('line ends and whitespace', () => {
  test('CRLF line ends', () => {
    expect(kinds('x = 1\r\n# c\r\n\r\n"""doc\r\n\r\n"""\r\n', 'python')).toBe('c#.#.#');
    expect(kinds('s = "a\\\r\n# still the string"\r\n# c', 'python')).toBe('cc#');
    expect(kinds('// a\r\nx();\r\n/*\r\n\r\n*/', 'typescript')).toBe('#c#.#');
  });

  test('a lone carriage return is not a line end (as for wc -l)', () => {
    expect(kinds('a\rb\n', undefined)).toBe('c');
  });

  test('without a language, lines are only blank or code', () => {
    expect(kinds('# x\n\n  // y\n\t', undefined)).toBe('c.c.');
  });

  test('a byte order mark is not code', () => {
    expect(kinds('\uFEFF# comment\nx = 1\n', 'python')).toBe('#c');
  });

  test('countLines totals the kinds', () => {
    const source = lines('"""Doc."""', '', 'import os  # trailing', '# comment', 'x = """', '', '"""');
    expect(countLines(source, languageById('python'))).toEqual({ lines: 7, code: 4, comment: 2, blank: 1 });
  });
});

const python: Case[] = [
  {
    name: 'comment markers inside strings',
    source: lines('s = "# not a comment"', "t = '# nor this'", 'u = """# nor', '# this"""', '# real comment'),
    expected: 'cccc#',
  },
  {
    name: 'module, class and function docstrings; blank lines inside stay blank',
    source: lines(
      '"""Module docstring."""',
      '',
      'class A:',
      '    """Class docstring',
      '',
      '    more text.',
      '    """',
      '',
      '    def f(self):',
      "        '''Function docstring.'''",
      '        return 1',
    ),
    expected: '#.c#.##.c#c',
  },
  {
    name: 'a backslash continues only the next line: a docstring after a blank or comment line is one',
    source: lines('x = 1 \\', '', '"""Doc."""', 'y = 2 \\', '# note', '"""Doc."""', 'z = \\', '"""not one"""'),
    expected: 'c.#c##cc',
  },
  {
    name: 'r and u prefixes make docstrings, f and b prefixes do not',
    source: lines(
      'def f():',
      '    r"""Raw \\d."""',
      '    u"""Unicode."""',
      '    f"""{x}"""',
      '    b"""x"""',
      '    rb"""x"""',
    ),
    expected: 'c##ccc',
  },
  {
    name: 'triple-quoted strings in expressions are code, blank lines included',
    source: lines('x = """', '', 'text', '"""', 'print("""', '# inside', '""")', 'y = (', '    """a"""', ')'),
    expected: 'cccccccccc',
  },
  {
    name: 'a string statement followed by code on its closing line is code',
    source: lines('"""a', 'b""".strip()', '"""c""" """d"""', '"""e"""; x = 1', '"""f"""  # trailing comment'),
    expected: 'cccc#',
  },
  {
    name: 'a backslash continuation keeps a string out of docstring position',
    source: lines('x = 1 + \\', '    """not a docstring"""', '"""a docstring"""'),
    expected: 'cc#',
  },
  {
    name: 'escaped quotes and backslash-continued one-line strings',
    source: lines(
      String.raw`s = "a \" # still string"`,
      String.raw`t = 'it\'s # here'`,
      'u = "line \\',
      '# continued"',
      '# comment',
    ),
    expected: 'cccc#',
  },
  {
    name: 'escaped triple quotes inside a docstring',
    source: lines(String.raw`"""He said \""" # and left."""`, 'x = 1'),
    expected: '#c',
  },
  {
    name: 'an unterminated one-line string ends with its line',
    source: lines("s = 'oops", '# comment'),
    expected: 'c#',
  },
  {
    name: 'interpreter and encoding lines are comments',
    source: lines('#!/usr/bin/env python3', '# -*- coding: utf-8 -*-', 'import os'),
    expected: '##c',
  },
];

const javascript: Case[] = [
  {
    name: 'comment markers inside strings',
    source: lines('const a = "// not";', "const b = '/* not';", '// real'),
    expected: 'cc#',
  },
  {
    name: 'block comments; blank lines inside stay blank; code beside a comment is code',
    source: lines('/**', ' * Doc.', '', ' */', 'f();', '/* a */ g(); /* b */', 'h(); // trailing'),
    expected: '##.#ccc',
  },
  {
    name: 'block comments do not nest',
    source: lines('/* a /* b */', 'x();', '*/'),
    expected: '#cc',
  },
  {
    name: 'a template literal holding "/*" in an interpolation',
    source: lines('const t = `a ${ "/*" } b`;', '// comment'),
    expected: 'c#',
  },
  {
    name: 'multi-line templates with nested templates, braces and comments in interpolations',
    source: lines(
      'const t = `a ${f({ k: `in ${x}` })}',
      '// inside the template',
      '${ /* a comment in code */ y }',
      '`;',
      'const u = `${',
      '  // only a comment',
      '  z',
      '}`;',
      '// after',
    ),
    expected: 'ccccc#cc#',
  },
  {
    name: 'escaped backticks and dollars in templates',
    source: lines(String.raw`const t = ` + '`a \\` // not \\${ /* x }`;', '// comment'),
    expected: 'c#',
  },
  {
    name: 'regular expressions holding comment markers and quotes',
    source: lines(
      String.raw`const a = /\/*$/;`,
      String.raw`const b = /[/*"']/g;`,
      '// comment',
      "const c = x.replace(/'/g, '');",
      '// comment',
    ),
    expected: 'cc#c#',
  },
  {
    name: 'a regular expression after return and inside an interpolation',
    source: lines(
      'function f(s) {',
      "  return /'/.test(s);",
      '}',
      'const u = `/${/^\\w:/.test(p) ? "@fs/" : ""}`;',
      '// comment',
    ),
    expected: 'cccc#',
  },
  {
    name: 'divisions are not regular expressions',
    source: lines(
      "const half = total / 2; // it's half",
      'const q = (a + b) / 2 / c; /* note',
      'still note */',
      '// comment',
    ),
    expected: 'cc##',
  },
  {
    name: 'a hashbang is a comment, a private field is code',
    source: lines('#!/usr/bin/env node', 'class A { #x = 1; }'),
    expected: '#c',
  },
];

describe('Python', () => {
  test.each(python)('$name', ({ source, expected }) => {
    expect(kinds(source, 'python')).toBe(expected);
  });
});

describe('TypeScript and JavaScript', () => {
  test.each(javascript)('$name', ({ source, expected }) => {
    for (const id of ['typescript', 'tsx', 'javascript', 'jsx']) expect(kinds(source, id), id).toBe(expected);
  });

  test('an apostrophe in JSX text stays on its line', () => {
    expect(kinds(lines("const el = <p>Don't /* panic */</p>;", '// comment'), 'tsx')).toBe('c#');
  });
});
