/**
 * The JavaScript scanner on the constructs whose reading decides names and spans, each checked against
 * the compiler's answer (typescript/structure.ts), and on what it must leave to the compiler.
 */
import { describe, expect, it } from 'vitest';
import { analyzeJavaScript } from '../../../src/compliance/javascript/structure.js';
import { analyzeTypeScript } from '../../../src/compliance/typescript/structure.js';

const answered: Record<string, string> = {
  'declarations and expressions': 'function a(x, y) {\n  return function () {};\n}\nconst b = function named() {};\n',
  'export, default and async starts':
    'export function a() {}\nexport default async function () {\n}\nexport async function c() {}\n',
  'arrows and their bodies':
    'const f = x =>\n  x + 1\nconst g = async (a, { b }, ...c) => {\n  await a;\n};\nlet h = async x => x, i = () => ({})\n',
  'names through parentheses, not through calls':
    'const a = (function () {});\nconst b = (() => 1)();\nconst c = function () {}.bind(this);\nconst d = x || (() => 2);\n',
  'assignment targets':
    'a.b.c = function () {};\nexports["d"] = () => 1;\nthis.#e = () => 1;\nx[0] = () => 2;\nf = g = () => 3;\nh += () => 4;\n',
  'defaults name nothing, patterns in expressions do':
    'function f(a = () => 1, { b = () => 2 } = {}) {}\n[c = () => 3] = [];\n({ d = () => 4, e: g = () => 5 } = {});\n',
  'object literals':
    'const o = {\n  a: () => 1,\n  "b-c": function () {},\n  7: () => 1,\n  [k]: () => 2,\n  m(x) {},\n  get p() { return 1; },\n  set p(v) {},\n  async *q() {},\n  get: 1,\n  set() {},\n  async,\n  ...r,\n};\n',
  classes:
    'class A extends B {\n  static s = () => 1;\n  #p = function () {};\n  f = x => x\n  [g] = 2;\n  constructor(a) { super(a); }\n  static async *gen() {}\n  get v() { return 1; }\n  static { const inner = () => 1; }\n  "constructor"() {}\n  static() {}\n  async\n  other() {}\n}\nconst C = class {};\nconst D = class E {};\nexport default class {}\n',
  'automatic semicolons':
    'let a = 1\nconst f = () => a\n(function () {})()\nlet g = x => x\n[1].map(y => y)\nlet h = function () {}\n+1\nlet i\n++i\n',
  'regular expressions and divisions':
    'const r = /[/]\\//g.test(s) / 2;\nif (x) y = a / b / c;\nreturn_ = typeof /x/;\nconst t = a.return / 2;\nconst u = () => /}/.test(a / b);\n',
  'conditionals, commas and chains':
    'const f = c ? x => 1 : y => 2;\nconst g = a => (b, c);\nconst h = a?.b?.[0]?.(() => 1);\nconst i = x => {}\n(foo);\nnew class {}();\nconst j = new function () {}();\nconst k = { a: async () => {}, b: (x) => ({ y: z => z }) };\n',
  'modifiers on their own line': 'class A {\n  get\n  x() { return 1; }\n  static\n  y() {}\n  set\n  = 1\n}\n',
  templates: 'const t = `a ${() => 1} b ${`c ${function inner() {}}`}`;\ntag`x${y => y}`;\n',
  statements:
    'label: for (const [k, v] of m) { continue label; }\nfor (let i = 0, n = f(() => 1); i < n; i++) {}\nfor (x in o) {}\nswitch (x) { case 1: { const f = () => 1; } default: }\ntry { a(); } catch ({ message }) {} finally {}\ndo x++; while (x < 3)\nwhile (0) if (1) ; else {}\n',
  'generators and yield': 'function* g() {\n  yield;\n  yield* other();\n  const x = yield () => 1;\n}\n',
  'imports and exports':
    'import a, { b as c } from "d";\nimport "e";\nimport * as f from "g";\nexport { a, c as h };\nexport * from "i";\nexport * as j from "k";\nexport const l = () => 1, m = class {};\nconst n = import("o");\nconst p = import.meta.url;\n',
  'comments, line endings and new.target':
    '#!/usr/bin/env node\n/* a\n   b */ function f() {\r\n  return new.target\r\n}\r// c\rfunction g() {}\n',
  'nothing continues an arrow': 'const f = () => {}\n- 1\nx.g = async () => {}\n+ 2\nconst h = x => x\n- 1\n',
  'assignments through new and optional chains':
    'new Foo().bar = function () {};\nnew A()["b"] = () => 1;\na?.c = () => 2;\n',
  'parentheses and patterns name nothing':
    '(a) = function () {};\n(a.b) = () => 1;\n[c, d] = function () {};\n({ e: g } = class {});\n',
  'words that may be names before a division':
    'function g() { x = await / 2; }\nlet of = 4, y = of / 2 / (() => 1)();\n',
  'a division after a word that may be a name': 'x = of\n/ (function f() {}) /g;\n',
  '`await` and `yield` as names and as operators':
    'function g() {\n  yield["f"] = function () {};\n  await["h"] = () => 1;\n  await (a).b = function () {};\n}\nasync function k() {\n  const v = await (x => x)(1);\n}\nfunction* m() {\n  yield (() => 1);\n}\n',
  'what names nothing: new, meta-properties, function and class bodies':
    'new X = () => 1;\nnew X.y = () => 1;\nnew X["y"] = () => 1;\nf = class { m() { a.b; } } = () => 1;\nfunction q() { new.target = function () {}; }\nimport.meta = function () {};\nimport.meta.f = () => 1;\n',
  '`let` before a word that cannot be a binding': 'let\nnull = () => 1;\nlet\nthis = () => 1;\n',
  '`await` before a line break in a function is a name': 'function g() { await\nx = function () {}; }\n',
  'nested naming':
    'class A {\n  m() {\n    const f = () => {\n      function g() {}\n      return [1].map(x => () => x);\n    };\n  }\n}\n',
};

const leftToTheCompiler: Record<string, string> = {
  JSX: 'const a = <div>{x}</div>;\n',
  decorators: '@sealed class A {}\n',
  'TypeScript annotations': 'function f(a: number) {}\n',
  'TypeScript declarations': 'interface A {}\ntype B = string;\n',
  'a regex after a block': 'if (x) {}\n/a/.test(y);\n',
  'an unterminated string': 'const a = "x;\n',
  'an unbalanced bracket': 'function f() {\n',
  'a syntax error it notices': 'let x = ;\n',
  'an escape in a name': 'const \\u0061 = 1;\n',
  'a `for (var … in …)` initializer': 'for (var f = function () {} in o) {}\n',
  'a template key with a CRLF': 'a[`x\r\ny`] = () => 1;\n',
  'TypeScript import-equals': "import x = require('y');\nfunction f() {}\nimport a from 'b';\n",
  '`static` before a declaration': 'static\nfunction f() {}\n',
  '`await` with a bracket at the top level': 'await["f"] = function () {};\n',
  'a numeral the compiler rewrites': 'const o = { 0x10: () => 1 };\n',
};

describe('the JavaScript scanner', () => {
  it.each(Object.entries(answered))('gives the compiler’s answer: %s', (_, source) => {
    const scanned = analyzeJavaScript(source);
    const reference = analyzeTypeScript(source, 'file.js');
    expect(reference.parseError).toBeUndefined();
    expect(scanned).toBeDefined();
    expect(scanned!.symbols).toEqual(reference.symbols);
    expect(scanned!.symbols.length).toBeGreaterThan(0);
  });

  it.each(Object.entries(leftToTheCompiler))('leaves to the compiler: %s', (_, source) => {
    expect(analyzeJavaScript(source)).toBeUndefined();
  });
});
