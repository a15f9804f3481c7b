/**
 * Functions, arrows and methods (their parameters and bodies), and binding patterns: parameters,
 * declarations and `catch` bindings. A default value in a binding names nothing (`(f = () => 1) => …`
 * leaves the arrow anonymous, as the compiler's rules do).
 */
import type { SymbolKind } from '../analysis/symbols.js';
import { T, W } from './tokens.js';
import type { Parser } from './parser.js';
import { assignment, expression } from './expressions.js';
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
  const symbol = p.open(kind, start, own);
  return functionRest(p, symbol);
}

/** A method, accessor or constructor of a class or object literal, the cursor on its `(`. */
export function method(p: Parser, start: number, kind: SymbolKind, name: string, computedKey: number): number {
  const symbol = p.open(kind, start, name);
  if (computedKey >= 0) readComputedKey(p, computedKey);
  return functionRest(p, symbol);
}

/** Parameters and body, from the `(`. */
function functionRest(p: Parser, symbol: number): number {
  if (p.kind() !== T.LParen) p.fail();
  p.symbols[symbol]!.params = parameterList(p);
  if (p.kind() !== T.LBrace) p.fail();
  block(p);
  return p.close(symbol);
}

/** `x => …`, `(…) => …`, `async x => …`: `start` is its first token, `params` where its parameters start. */
export function arrowFunction(p: Parser, start: number, params: number): number {
  const symbol = p.open('function', start);
  p.i = params;
  if (p.kind() === T.Word) {
    p.symbols[symbol]!.params = 1;
    p.i++;
  } else p.symbols[symbol]!.params = parameterList(p);
  p.expect(T.Arrow);
  if (p.kind() === T.LBrace) block(p);
  else assignment(p);
  return p.close(symbol);
}

/** A `{ … }` of statements: a block, or a function's body. */
export function block(p: Parser): void {
  const close = p.closer();
  p.i++;
  statements(p, close);
  p.i = close + 1;
}

/** `( a, b = 1, {c}, ...d )`: how many parameters; a TypeScript `this` parameter is the compiler's. */
function parameterList(p: Parser): number {
  const close = p.closer();
  p.i++;
  if (p.word() === W.Literal && p.tokenText() === 'this') p.fail();
  let count = 0;
  while (p.i < close) {
    count++;
    if (p.kind() === T.Ellipsis) p.i++;
    bindingElement(p);
    if (p.i < close) p.expect(T.Comma);
  }
  p.endAt(close);
  return count;
}

/** A binding and its default value, if any. */
function bindingElement(p: Parser): void {
  bindingTarget(p);
  if (p.kind() === T.Assign) {
    p.i++;
    assignment(p);
  }
}

/** A name, or an object or array pattern. */
export function bindingTarget(p: Parser): void {
  const kind = p.kind();
  if (kind === T.Word) p.i++;
  else if (kind === T.LBrace) objectPattern(p);
  else if (kind === T.LBracket) arrayPattern(p);
  else p.fail();
}

function objectPattern(p: Parser): void {
  const close = p.closer();
  p.i++;
  while (p.i < close) {
    if (p.kind() === T.Ellipsis) {
      p.i++;
      bindingTarget(p);
    } else {
      patternKey(p);
      const next = p.kind();
      if (next === T.Colon || next === T.Assign) {
        p.i++;
        if (next === T.Colon) bindingElement(p);
        else assignment(p);
      }
    }
    if (p.i < close) p.expect(T.Comma);
  }
  p.endAt(close);
}

function patternKey(p: Parser): void {
  const kind = p.kind();
  if (kind === T.LBracket) {
    const close = p.closer();
    p.i++;
    expression(p);
    p.endAt(close);
  } else if (kind === T.Word || kind === T.Str || kind === T.Num) p.i++;
  else p.fail();
}

function arrayPattern(p: Parser): void {
  const close = p.closer();
  p.i++;
  while (p.i < close) {
    if (p.kind() === T.Comma) {
      p.i++;
      continue;
    }
    if (p.kind() === T.Ellipsis) p.i++;
    bindingElement(p);
    if (p.i < close) p.expect(T.Comma);
  }
  p.endAt(close);
}

/** Reads a computed key `[…]` where it belongs in the order of symbols, then returns to the cursor. */
export function readComputedKey(p: Parser, open: number): void {
  const resume = p.i;
  p.i = open + 1;
  expression(p);
  p.endAt(p.tokens.match[open]!);
  p.i = resume;
}
