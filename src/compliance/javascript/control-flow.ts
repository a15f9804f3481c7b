/** Control-flow statements: conditions, loops, `switch`, `try`, and jumps. */
import { T, W } from './tokens.js';
import type { Parser } from './parser.js';
import { expression } from './expressions.js';
import { bindingTarget } from './bindings.js';
import { block } from './functions.js';
import { declarations, endStatement, startsBinding, statement } from './statements.js';

/** The control-flow statement `word` starts, read; false when it starts none. */
export function controlStatement(p: Parser, word: number): boolean {
  switch (word) {
    case W.If:
      return ifStatement(p);
    case W.While:
    case W.With:
      p.i++;
      condition(p);
      statement(p);
      return true;
    case W.For:
      return forStatement(p);
    case W.Do:
      return doStatement(p);
    case W.Switch:
      return switchStatement(p);
    case W.Try:
      return tryStatement(p);
    default:
      return jumpStatement(p, word);
  }
}

/** `( expression )` after `if`, `while`, `switch`… */
function condition(p: Parser): void {
  if (p.kind() !== T.LParen) p.fail();
  const close = p.closer();
  p.i++;
  expression(p);
  p.endAt(close);
}

function ifStatement(p: Parser): boolean {
  p.i++;
  condition(p);
  statement(p);
  if (p.word() === W.Else) {
    p.i++;
    statement(p);
  }
  return true;
}

function forStatement(p: Parser): boolean {
  p.i++;
  if (p.word() === W.Prefix && p.tokenText() === 'await') p.i++;
  if (p.kind() !== T.LParen) p.fail();
  const close = p.closer();
  p.i++;
  const word = p.word();
  if (word === W.Var || word === W.Const || (word === W.Let && startsBinding(p, 1))) declarations(p, true);
  else if (p.kind() !== T.Semi) expression(p);
  while (p.i < close) {
    p.expect(T.Semi);
    if (p.kind() !== T.Semi && p.i < close) expression(p);
  }
  p.endAt(close);
  statement(p);
  return true;
}

function doStatement(p: Parser): boolean {
  p.i++;
  statement(p);
  if (p.word() !== W.While) p.fail();
  p.i++;
  condition(p);
  if (p.kind() === T.Semi) p.i++;
  return true;
}

function switchStatement(p: Parser): boolean {
  p.i++;
  condition(p);
  if (p.kind() !== T.LBrace) p.fail();
  const close = p.closer();
  for (p.i++; p.i < close;) {
    if (p.word() === W.Case) {
      p.i++;
      expression(p);
      p.expect(T.Colon);
    } else if (p.word() === W.Default && p.kind(1) === T.Colon) p.i += 2;
    else statement(p);
  }
  p.endAt(close);
  return true;
}

function tryStatement(p: Parser): boolean {
  p.i++;
  blockHere(p);
  if (p.word() === W.Catch) {
    p.i++;
    if (p.kind() === T.LParen) {
      const close = p.closer();
      p.i++;
      bindingTarget(p);
      p.endAt(close);
    }
    blockHere(p);
  }
  if (p.word() === W.Finally) {
    p.i++;
    blockHere(p);
  }
  return true;
}

function blockHere(p: Parser): void {
  if (p.kind() !== T.LBrace) p.fail();
  block(p);
}

/** `return`, `throw`, `break`/`continue` (with a label on the same line) and `debugger`. */
function jumpStatement(p: Parser, word: number): boolean {
  const jumps = word === W.Return || word === W.Throw || word === W.Break || word === W.Continue;
  if (!jumps && word !== W.Debugger) return false;
  p.i++;
  const ends = p.kind() === T.Semi || p.kind() === T.RBrace || p.newlineBefore();
  if ((word === W.Return || word === W.Throw) && !ends) expression(p);
  if ((word === W.Break || word === W.Continue) && p.kind() === T.Word && !p.newlineBefore()) p.i++;
  endStatement(p);
  return true;
}
