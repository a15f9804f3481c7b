/** Functions, arrows and methods: where they start and end, their parameters, and their bodies. */
import type { SymbolKind } from '../analysis/symbols.js';
import { T } from './tokens.js';
import type { Parser } from './parser.js';
import { assignment, expression } from './expressions.js';
import { parameterList } from './bindings.js';
import { statements } from './statements.js';

/** `function [*] [name] (…) {…}`, the cursor on `function`; `start` is its first token (`export`, `async`). */
export function functionLike(p: Parser, start: number, kind: SymbolKind): number {
  p.i++;
  if (p.kind() === T.Star) p.i++;
  let own: string | undefined;
  if (p.kind() === T.Word) {
    own = p.tokenText();
    p.i++;
  }
  const symbol = p.symbols.open(kind, start, own);
  return functionRest(p, symbol);
}

/** A method, accessor or constructor of a class or object literal, the cursor on its `(`. */
export function method(p: Parser, start: number, kind: SymbolKind, name: string, computedKey: number): number {
  const symbol = p.symbols.open(kind, start, name);
  if (computedKey >= 0) readComputedKey(p, computedKey);
  return functionRest(p, symbol);
}

/** Parameters and body, from the `(`. */
function functionRest(p: Parser, symbol: number): number {
  if (p.kind() !== T.LParen) p.fail();
  p.symbols.list[symbol]!.params = parameterList(p);
  if (p.kind() !== T.LBrace) p.fail();
  block(p);
  return p.symbols.close(symbol, p.i - 1);
}

/** `x => …`, `(…) => …`, `async x => …`: `start` is its first token, `params` where its parameters start. */
export function arrowFunction(p: Parser, start: number, params: number): number {
  const symbol = p.symbols.open('function', start);
  p.i = params;
  if (p.kind() === T.Word) {
    p.symbols.list[symbol]!.params = 1;
    p.i++;
  } else p.symbols.list[symbol]!.params = parameterList(p);
  p.expect(T.Arrow);
  if (p.kind() === T.LBrace) block(p);
  else assignment(p);
  p.arrowEnd = p.i;
  return p.symbols.close(symbol, p.i - 1);
}

/** A `{ … }` of statements: a block, or a function's body. */
export function block(p: Parser): void {
  const close = p.closer();
  p.i++;
  statements(p, close);
  p.i = close + 1;
}

/** Reads a computed key `[…]` where it belongs in the order of symbols, then returns to the cursor. */
export function readComputedKey(p: Parser, open: number): void {
  const resume = p.i;
  p.i = open + 1;
  expression(p);
  p.endAt(p.tokens.match[open]!);
  p.i = resume;
}
