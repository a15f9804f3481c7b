import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeTypeScript, scriptKindFromExtension } from '../../../src/compliance/typescript/structure.js';
import type { SymbolKind, SymbolSpan } from '../../../src/compliance/analysis/symbols.js';

function analyzeFixture(name: string) {
  const text = readFileSync(new URL(`../../fixtures/structure/${name}`, import.meta.url), 'utf8');
  return analyzeTypeScript(text, name);
}

function span(kind: SymbolKind, name: string, line: number, endLine: number, params?: number): SymbolSpan {
  return params === undefined ? { kind, name, line, endLine } : { kind, name, line, endLine, params };
}

describe('analyzeTypeScript on fixtures', () => {
  it('measures every form in typescript-forms.ts', () => {
    expect(analyzeFixture('typescript-forms.ts')).toEqual({
      symbols: [
        span('function', 'declared', 2, 4, 3),
        span('function', 'overloaded', 8, 10, 1), // the two overload signatures have no body
        span('function', 'generator', 12, 14, 1), // `this: Window` is not a parameter
        span('function', 'asyncArrow', 16, 18, 1),
        span('function', 'expressionBody', 20, 21, 1),
        span('function', '<anonymous>', 23, 25, 0), // IIFE
        span('class', 'Widget', 31, 62), // after a four-line decorator
        span('function', 'Widget.handler', 33, 35, 1),
        span('constructor', 'Widget.constructor', 37, 39, 2),
        span('method', 'Widget.load', 45, 47, 1), // after two decorators, from `async`
        span('accessor', 'Widget.value', 49, 51, 0),
        span('accessor', 'Widget.value', 53, 55, 1),
        span('method', 'Widget.[Symbol.iterator]', 57, 59, 0),
        span('method', 'Widget.#hidden', 61, 61, 0),
        span('class', 'Shape', 64, 69), // its abstract method has no body
        span('method', 'Shape.describe', 66, 68, 0),
        span('class', 'Anonymous', 71, 73),
        span('method', 'Anonymous.method', 72, 72, 0),
        span('method', 'get', 76, 78, 1),
        span('function', 'post', 79, 81, 2),
        span('accessor', 'size', 82, 84, 0),
        span('enum', 'Direction', 87, 90),
        span('enum', 'Flags', 92, 94),
        span('function', 'outer', 96, 101, 0),
        span('function', 'outer.inner', 97, 99, 0),
        span('function', 'outer.inner.<anonymous>', 98, 98, 1),
        span('function', '<anonymous>', 105, 107, 0), // export default function, after a declare function
      ],
    });
  });

  it('measures JSX components in tsx-component.tsx', () => {
    expect(analyzeFixture('tsx-component.tsx')).toEqual({
      symbols: [
        span('function', 'Counter', 3, 15, 1),
        span('function', 'Counter.increment', 5, 5, 0),
        span('function', 'Counter.<anonymous>', 8, 10, 0),
        span('function', 'Card', 17, 22, 1),
        span('function', 'Page', 24, 26, 1),
        span('function', 'Page.<anonymous>', 25, 25, 2),
      ],
    });
  });

  it('measures JavaScript with decorators, CommonJS exports and JSX in javascript-forms.js', () => {
    expect(analyzeFixture('javascript-forms.js')).toEqual({
      symbols: [
        span('class', 'Service', 3, 7), // `export @sealed class`: from `export`
        span('method', 'Service.create', 4, 6, 1),
        span('class', 'Plain', 10, 10), // decorator alone on the line above
        span('function', 'handler', 12, 14, 2),
        span('function', 'other', 16, 16, 3),
        span('function', 'render', 18, 18, 0),
        span('function', 'ids', 21, 24, 0), // JSDoc above is not part of the span
      ],
    });
  });
});

describe('analyzeTypeScript names', () => {
  const names = (text: string, fileName = 'x.ts'): string[] =>
    analyzeTypeScript(text, fileName).symbols.map((symbol) => symbol.name);

  it('names expressions by the variable, property or target they are assigned to', () => {
    const text = [
      'let a = (() => 1)!;',
      'const b = (async () => 2) satisfies unknown;',
      'const c = (function () {}) as unknown;',
      'obj.d = () => 0;',
      "obj['e'] = () => 0;",
      'f ||= () => 0;',
      'call(() => 0);',
    ].join('\n');
    expect(names(text)).toEqual(['a', 'b', 'c', 'd', 'e', '<anonymous>', '<anonymous>']);
  });

  it('prefers the own name of a named function or class expression', () => {
    expect(names('module.exports = function named() {};\nconst A = class B {};\nconst C = class {};', 'x.cjs')).toEqual(
      ['named', 'B', 'C'],
    );
  });

  it('does not extend the qualification with anonymous functions', () => {
    expect(names('describe(() => {\n  function helper() {}\n});')).toEqual(['<anonymous>', 'helper']);
  });
});

describe('analyzeTypeScript parameters', () => {
  it('counts destructured and rest parameters as one and skips `this`', () => {
    const text =
      'class A { m<T>(this: A, { x, y }: P, [z]: Q, ...rest: T[]) {} }\nconst f = (a = [1, 2], b?: string) => a;';
    expect(analyzeTypeScript(text, 'x.ts').symbols.map((symbol) => symbol.params)).toEqual([undefined, 3, 2]);
  });
});

describe('analyzeTypeScript parse errors', () => {
  it('reports the first syntax error with its line and still returns the symbols', () => {
    const text = 'function ok() {\n  return 1;\n}\nconst x = (;\nfunction after() {}\n';
    expect(analyzeTypeScript(text, 'broken.ts')).toEqual({
      symbols: [span('function', 'ok', 1, 3, 0), span('function', 'after', 5, 5, 0)],
      parseError: 'line 4: Expression expected.',
    });
  });

  it('reports an unclosed class at the end of the file', () => {
    const result = analyzeTypeScript('class A {\n  m() {\n    return 1;\n', 'unclosed.ts');
    expect(result.parseError).toBe("line 4: '}' expected.");
    expect(result.symbols).toEqual([span('class', 'A', 1, 3), span('method', 'A.m', 2, 3, 0)]);
  });

  it('turns nesting deep enough to exhaust the stack into a parse error instead of throwing', () => {
    const text = `const x = ${'() => '.repeat(20_000)}1;`;
    expect(analyzeTypeScript(text, 'deep.ts')).toEqual({
      symbols: [],
      parseError: 'line 1: nested too deeply to parse',
      stackExhausted: true,
    });
  });

  it('reports JSX in a .ts file, which only .tsx allows', () => {
    expect(analyzeTypeScript('const a = <div>x</div>;\n', 'jsx.ts').parseError).toMatch(/^line 1: /);
    expect(analyzeTypeScript('const a = <div>x</div>;\n', 'jsx.tsx').parseError).toBeUndefined();
  });
});

describe('scriptKindFromExtension', () => {
  it.each([
    ['a.ts', ts.ScriptKind.TS],
    ['a.mts', ts.ScriptKind.TS],
    ['a.cts', ts.ScriptKind.TS],
    ['a.d.ts', ts.ScriptKind.TS],
    ['a.tsx', ts.ScriptKind.TSX],
    ['a.js', ts.ScriptKind.JS],
    ['A.MJS', ts.ScriptKind.JS],
    ['a.cjs', ts.ScriptKind.JS],
    ['a.jsx', ts.ScriptKind.JSX],
    ['Makefile', ts.ScriptKind.TS],
  ])('%s', (fileName, kind) => {
    expect(scriptKindFromExtension(fileName)).toBe(kind);
  });
});
