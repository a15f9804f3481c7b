/** Functions, arrows and methods: where they start and end, their parameters, and their bodies. */
import type { SymbolKind } from '../analysis/symbols.js';
import { T, W } from './tokens.js';
import { withContext, type FunctionContext } from './contexts.js';
import type { Parser } from './parser.js';
import { assignment, expression } from './expressions.js';
import { parameterList } from './bindings.js';
import { statements } from './statements.js';

/** `function [*] [name] (…) {…}`, the cursor on `function`; `start` is its first token (`export`, `async`). */
export function functionLike(p: Parser, start: number, kind: SymbolKind): number {
  p.i++;
  if (p.kind() === T.Star) p.i++;
  const context = contextOf(p, start, p.i);
  let own: string | undefined;
  if (p.kind() === T.Word) {
    own = p.tokenText();
    p.i++;
  }
  const symbol = p.symbols.open(kind, start, own);
  return functionRest(p, symbol, context);
}

/** A method, accessor or constructor of a class or object literal, the cursor on its `(`. */
export function method(p: Parser, start: number, kind: SymbolKind, name: string, computedKey: number): number {
  const symbol = p.symbols.open(kind, start, name);
  const context = contextOf(p, start, computedKey >= 0 ? computedKey : p.i - 1);
  if (computedKey >= 0) readComputedKey(p, computedKey);
  return functionRest(p, symbol, context);
}

/** Parameters and body, from the `(`. */
function functionRest(p: Parser, symbol: number, context: FunctionContext): number {
  if (p.kind() !== T.LParen) p.fail();
  withContext(p, context, () => {
    p.symbols.list[symbol]!.params = parameterList(p);
    if (p.kind() !== T.LBrace) p.fail();
    block(p);
  });
  return p.symbols.close(symbol, p.i - 1);
}

/** The context of a function whose modifiers (`async`, `*`) are the tokens from `first` to before `last`. */
function contextOf(p: Parser, first: number, last: number): FunctionContext {
  let inAsync = false;
  let inGenerator = false;
  for (let token = first; token < last; token++) {
    inAsync ||= p.tokens.word[token] === W.Async && p.tokens.kind[token] === T.Word;
    inGenerator ||= p.tokens.kind[token] === T.Star;
  }
  return { inFunction: true, inAsync, inGenerator };
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
  // An arrow's body is never a generator's; it awaits when the arrow is async.
  withContext(p, { inFunction: true, inAsync: start !== params, inGenerator: false }, () => {
    if (p.kind() === T.LBrace) block(p);
    else assignment(p);
  });
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
