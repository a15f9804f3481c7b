import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LineKind } from '../../../src/compliance/lines/kinds.js';
import { analyzePython } from '../../../src/compliance/python/structure.js';
import type { SymbolSpan } from '../../../src/compliance/analysis/symbols.js';

function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/structure/${name}`, import.meta.url), 'utf8');
}

function fn(name: string, line: number, endLine: number, params: number): SymbolSpan {
  return { kind: 'function', name, line, endLine, params };
}

function method(name: string, line: number, endLine: number, params: number): SymbolSpan {
  return { kind: 'method', name, line, endLine, params };
}

function type(kind: 'class' | 'enum', name: string, line: number, endLine: number): SymbolSpan {
  return { kind, name, line, endLine };
}

describe('analyzePython on fixtures (expected values checked against CPython ast)', () => {
  it('measures every form in python-forms.py', () => {
    expect(analyzePython(fixture('python-forms.py'))).toMatchObject({
      symbols: [
        fn('plain', 10, 11, 6),
        fn('fetch', 18, 20, 2),
        fn('one_liner', 24, 24, 0),
        fn('multi_line_signature', 27, 37, 4),
        fn('outer', 40, 49, 1),
        fn('outer.inner', 41, 44, 1),
        fn('outer.inner.innermost', 42, 43, 0),
        type('class', 'Shape', 52, 82),
        method('Shape.__init__', 57, 58, 1),
        method('Shape.create', 61, 62, 2),
        method('Shape.from_dict', 65, 66, 1),
        method('Shape.label', 69, 72, 0),
        method('Shape.star_only', 74, 75, 1),
        type('class', 'Shape.Nested', 77, 78),
        method('Shape.Nested.deep', 78, 78, 0),
        method('Shape.conditional', 81, 82, 1),
        type('enum', 'Color', 89, 91),
        type('enum', 'Permission', 94, 95),
        type('class', 'NotEnum', 98, 99),
        fn('after_f_string', 102, 106, 1),
        fn('ends_with_bracket', 109, 113, 0),
      ],
    });
  });

  it('handles Python 3.12 type parameters and PEP 701 f-strings in python-modern.py', () => {
    expect(analyzePython(fixture('python-modern.py'))).toMatchObject({
      symbols: [
        fn('first', 5, 6, 2),
        type('enum', 'Box', 9, 11),
        method('Box.get', 10, 11, 1),
        fn('multi_line_field', 14, 17, 1),
        fn('after_fields', 20, 25, 1),
      ],
    });
  });
});

describe('analyzePython spans', () => {
  it('ends a body at its last statement, not at trailing comments or blank lines', () => {
    const text = 'def f():\n    x = 1\n    # tail\n\n        # deeper comment\n\nx = 2\n';
    expect(analyzePython(text).symbols).toEqual([fn('f', 1, 2, 0)]);
  });

  it('starts at the def line, not at the decorators', () => {
    const text = '@a\n@b(\n  1,\n)\ndef f(x):\n    pass\n';
    expect(analyzePython(text).symbols).toEqual([fn('f', 5, 6, 1)]);
  });

  it('ends at the closing line of a multi-line string or a backslash continuation', () => {
    const text = 'def f():\n    return """\ndef g():\n    pass\n"""\ndef h():\n    return 1 + \\\n        2\n';
    expect(analyzePython(text).symbols).toEqual([fn('f', 1, 5, 0), fn('h', 6, 8, 0)]);
  });

  it('counts a trailing semicolon on a continuation line as CPython does', () => {
    expect(analyzePython('def f():\n    x = 1 \\\n;\n').symbols).toEqual([fn('f', 1, 3, 0)]);
  });

  it('measures async def, one-liners and a file without a final newline', () => {
    const text = 'async def a(): await b()\nclass C: pass\ndef d():\n    return 1';
    expect(analyzePython(text).symbols).toEqual([fn('a', 1, 1, 0), type('class', 'C', 2, 2), fn('d', 3, 4, 0)]);
  });

  it('reads CRLF line ends, a byte order mark, tabs and form feeds', () => {
    const text = '\ufeffclass A:\r\n\tdef m(self, a):\r\n\t\tpass\r\n\f\r\n\tdef n(self):\r\n\t\tpass\r\n';
    expect(analyzePython(text).symbols).toEqual([
      type('class', 'A', 1, 6),
      method('A.m', 2, 3, 1),
      method('A.n', 5, 6, 0),
    ]);
  });

  it('returns no symbols for an empty or comment-only file, and the kind of each line', () => {
    expect(analyzePython('')).toEqual({ symbols: [], lineKinds: new Uint8Array([]) });
    const comments = analyzePython('# only\n\n   # comments\n');
    expect(comments).toEqual({
      symbols: [],
      lineKinds: new Uint8Array([LineKind.Comment, LineKind.Blank, LineKind.Comment]),
    });
  });

  it('reads PEP 701 f-strings as Python does, and leaves files with control characters to the classifier', () => {
    const [Code, Comment] = [LineKind.Code, LineKind.Comment];
    const kinds = (text: string) => [...(analyzePython(text).lineKinds ?? [])];
    // A quote of the f-string's own kind inside a field does not end it, nor does a `#` start a comment.
    expect(kinds('x = f"{d["#"]}" + """\n"""\n')).toEqual([Code, Code]);
    expect(kinds('x = f"{d["("]}"\n"""Doc."""\n')).toEqual([Code, Comment]);
    expect(analyzePython('x = 1\n\u000b\n').lineKinds).toBeUndefined();
    expect(analyzePython('x = 1\n\u00a0\n').lineKinds).toBeUndefined();
    expect(analyzePython('x = 1\n\ufeff\n').lineKinds).toBeUndefined();
    expect(analyzePython('\ufeffx = 1\n').lineKinds).toEqual(new Uint8Array([LineKind.Code]));
  });

  it('marks docstrings as comment lines, unless code follows one on its closing line', () => {
    const [Code, Comment, Blank] = [LineKind.Code, LineKind.Comment, LineKind.Blank];
    const kinds = (text: string) => [...(analyzePython(text).lineKinds ?? [])];
    expect(kinds('"""Doc\n\ntext"""\nx = """a\n\nb"""\n')).toEqual([Comment, Blank, Comment, Code, Code, Code]);
    expect(kinds('r"""Doc\n"""  # done\n"""x\n""".strip()\n')).toEqual([Comment, Comment, Code, Code]);
  });
});

describe('analyzePython parameter counts', () => {
  const params = (text: string): (number | undefined)[] => analyzePython(text).symbols.map((s) => s.params);

  it('is not confused by commas in annotations, defaults, strings and lambdas', () => {
    const text =
      'def f(a=lambda x=lambda: 1, y=2: 0, b=(1, 2), *, c: "x, y" = {1: 2}, d: dict[str, int] = {}, **k): pass\n';
    expect(params(text)).toEqual([5]);
  });

  it('counts *args and **kwargs but not a bare * or / separator', () => {
    expect(params('def f(a, /, b, *, c): pass\ndef g(*args, **kwargs): pass\ndef h(): pass\n')).toEqual([3, 2, 0]);
  });

  it("drops a method's self or cls but not a staticmethod's first parameter", () => {
    const text = [
      'class A:',
      '    def m(self, a): pass',
      '    @classmethod',
      '    def c(cls): pass',
      '    @staticmethod',
      '    def s(a, b): pass',
      '    @builtins.staticmethod',
      '    def t(a): pass',
      '    def star(*args): pass',
      '    def keep(self, /, x, *, y): pass',
      '    def nested(self):',
      '        def inner(self, z): pass',
    ].join('\n');
    expect(params(text)).toEqual([undefined, 1, 0, 2, 1, 1, 2, 0, 2]);
  });

  it('counts parameters after a return annotation holding a lambda', () => {
    expect(params('def f(a, b) -> (lambda: int): pass\n')).toEqual([2]);
  });
});

describe('analyzePython kinds and names', () => {
  it('recognises Enum-family bases, bare or dotted, and ignores keyword arguments', () => {
    const text = [
      'class A(Enum): pass',
      'class B(str, enum.StrEnum): pass',
      'class C(Flag, metaclass=M): pass',
      'class D(metaclass=IntEnum): pass',
      'class E(Generic[Enum]): pass',
      'class F(IntFlag): pass',
    ].join('\n');
    expect(analyzePython(text).symbols.map((s) => `${s.name}:${s.kind}`)).toEqual([
      'A:enum',
      'B:enum',
      'C:enum',
      'D:class',
      'E:class',
      'F:enum',
    ]);
  });

  it('qualifies names by enclosing functions and classes', () => {
    const text = 'def outer():\n    class Local:\n        def m(self):\n            def helper(): pass\n';
    expect(analyzePython(text).symbols.map((s) => `${s.kind} ${s.name}`)).toEqual([
      'function outer',
      'class outer.Local',
      'method outer.Local.m',
      'function outer.Local.m.helper',
    ]);
  });

  it('does not see defs inside strings, comments or f-string fields', () => {
    const text = [
      "s = 'def a(): pass'",
      '# def b(): pass',
      'f"{x!r:>{width}} {\'def\'} {{def c}}"',
      "b = rb'\\'def d(): pass'",
      'def real(): pass',
    ].join('\n');
    expect(analyzePython(text).symbols).toEqual([fn('real', 5, 5, 0)]);
  });
});

describe('analyzePython parse errors', () => {
  const cases: [string, string, string][] = [
    ['an unterminated string', 'def f():\n    x = "abc\n', 'line 2: unterminated string literal'],
    [
      'an unterminated triple-quoted string',
      'x = 1\ny = """abc\n\n',
      'line 2: unterminated triple-quoted string literal',
    ],
    ['an unterminated f-string field', 'x = f"{a\n', 'line 1: unterminated string literal'],
    ['an unclosed bracket', 'def f(a,\n    b:\n    pass\n', "line 1: '(' was never closed"],
    ['a mismatched bracket', 'x = (1]\n', "line 1: closing parenthesis ']' does not match opening parenthesis '('"],
    ['an unexpected indent', 'x = 1\n    y = 2\n', 'line 2: unexpected indent'],
    ['a missing block', 'def f():\nx = 1\n', 'line 2: expected an indented block'],
    ['a missing block at the end', 'class A:\n', 'line 2: expected an indented block'],
    [
      'an inconsistent dedent',
      'if x:\n        a = 1\n    b = 2\n',
      'line 3: unindent does not match any outer indentation level',
    ],
    ['a def without a colon', 'def f()\n    pass\n', "line 1: expected ':'"],
    ['a def without a name', 'def (x): pass\n', 'line 1: expected a name after def'],
    ['a stray character', 'x = 1\ny = $\n', "line 2: unexpected character '$'"],
    ['a backslash before text', 'x = 1 \\ 2\n', 'line 1: unexpected character after line continuation character'],
  ];

  it.each(cases)('reports %s with its line', (_what, text, parseError) => {
    expect(analyzePython(text)).toEqual({ symbols: [], parseError });
  });

  it('turns nesting deep enough to exhaust the stack into a parse error instead of throwing', () => {
    const text = `def ok(): pass\nx = f"${'{x:'.repeat(100_000)}"\n`;
    expect(analyzePython(text)).toEqual({
      symbols: [],
      parseError: 'line 2: nested too deeply to analyse',
      stackExhausted: true,
    });
  });

  it('drops the symbols found before the error', () => {
    expect(analyzePython('def ok():\n    pass\n\nx = (\n')).toEqual({
      symbols: [],
      parseError: "line 4: '(' was never closed",
    });
  });
});
