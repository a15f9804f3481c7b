/**
 * Statements: which ones declare functions and classes (and from which token they start: `export` and
 * `async` belong to them), where blocks are, and where each statement ends, by `;`, a `}` or the rules of
 * automatic semicolon insertion.
 */
import { T, W } from './tokens.js';
import type { Parser } from './parser.js';
import { assignment, expression, literalText } from './expressions.js';
import { bindingTarget, block, functionLike } from './functions.js';
import { classLike } from './members.js';

/** Statements up to the token `close` (a block's `}`, or the end of the file). */
export function statements(p: Parser, close: number): void {
  while (p.i < close) statement(p);
  if (p.i !== close) p.fail();
}

function statement(p: Parser): void {
  const kind = p.kind();
  if (kind === T.LBrace) return block(p);
  if (kind === T.Semi) return void p.i++;
  if (kind === T.Word && wordStatement(p)) return;
  expression(p);
  endStatement(p);
}

/** `;`, or a semicolon inserted before a `}`, the end, or a line break. */
function endStatement(p: Parser): void {
  if (p.kind() === T.Semi) p.i++;
  else if (p.kind() !== T.RBrace && p.kind() !== T.End && !p.newlineBefore()) p.fail();
}

const noExpression = (p: Parser): boolean => p.kind() === T.Semi || p.kind() === T.RBrace || p.newlineBefore();

type StatementReader = (p: Parser) => boolean;

/** Statements that start with a word, by the word; false when the word starts an expression after all. */
const BY_WORD: Partial<Record<number, StatementReader>> = {
  [W.Function]: (p) => (functionLike(p, p.i, 'function'), true),
  [W.Class]: (p) => (classLike(p, p.i), true),
  [W.Async]: (p) =>
    p.word(1) === W.Function && !p.newlineBefore(1) && (p.i++, functionLike(p, p.i - 1, 'function'), true),
  [W.Var]: (p) => (declarations(p), endStatement(p), true),
  [W.Const]: (p) => (declarations(p), endStatement(p), true),
  [W.Let]: (p) => startsBinding(p.kind(1)) && (declarations(p), endStatement(p), true),
  [W.If]: ifStatement,
  [W.While]: (p) => (p.i++, condition(p), statement(p), true),
  [W.With]: (p) => (p.i++, condition(p), statement(p), true),
  [W.For]: forStatement,
  [W.Do]: doStatement,
  [W.Switch]: switchStatement,
  [W.Try]: tryStatement,
  [W.Return]: (p) => (p.i++, noExpression(p) || expression(p), endStatement(p), true),
  [W.Throw]: (p) => (p.i++, expression(p), endStatement(p), true),
  [W.Break]: jumpStatement,
  [W.Continue]: jumpStatement,
  [W.Debugger]: (p) => (p.i++, endStatement(p), true),
  [W.Import]: (p) => p.kind(1) !== T.LParen && p.kind(1) !== T.Dot && (importDeclaration(p), true),
  [W.Export]: exportDeclaration,
  [W.Enum]: (p) => p.fail(),
  // `type X = …`, `interface X {…}`, `declare …`: TypeScript in a JavaScript file is the compiler's.
  [W.TypeScriptOnly]: (p) => (p.kind(1) === T.Word && !p.newlineBefore(1) ? p.fail() : false),
};

function wordStatement(p: Parser): boolean {
  const read = BY_WORD[p.word()];
  if (read !== undefined) return read(p);
  if (p.kind(1) !== T.Colon) return false;
  p.i += 2; // a label
  statement(p);
  return true;
}

const startsBinding = (kind: number): boolean => kind === T.Word || kind === T.LBracket || kind === T.LBrace;

/** `var|let|const a = 1, {b} = c`; in a `for` head also `x of y` and `x in y`. */
function declarations(p: Parser): void {
  p.i++;
  for (;;) {
    const name = p.kind() === T.Word ? p.tokenText() : undefined;
    bindingTarget(p);
    if (p.kind() === T.Assign) {
      p.i++;
      p.name(assignment(p), name);
    } else if (p.word() === W.Of || p.word() === W.In) {
      const of = p.word() === W.Of;
      p.i++;
      if (of) assignment(p);
      else expression(p);
    }
    if (p.kind() !== T.Comma) return;
    p.i++;
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
  if (word === W.Var || word === W.Const || (word === W.Let && startsBinding(p.kind(1)))) declarations(p);
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

/** `break`/`continue` with an optional label on the same line. */
function jumpStatement(p: Parser): boolean {
  p.i++;
  if (p.kind() === T.Word && !p.newlineBefore()) p.i++;
  endStatement(p);
  return true;
}

/** `import … from 'x'` or `import 'x'`, with attributes: nothing in it is a symbol. */
function importDeclaration(p: Parser): void {
  p.i++;
  if (p.kind() !== T.Str) {
    while (p.word() !== W.From || p.kind(1) !== T.Str) {
      if (p.kind() === T.End) p.fail();
      p.i = p.kind() === T.LBrace ? p.closer() + 1 : p.i + 1;
    }
    p.i++;
  }
  moduleSpecifier(p);
}

/** `'x'` and its `with { … }` attributes, ending the statement. */
function moduleSpecifier(p: Parser): void {
  literalText(p, p.i);
  p.expect(T.Str);
  const attributes = p.word() === W.With || (p.kind() === T.Word && p.tokenText() === 'assert');
  if (attributes && p.kind(1) === T.LBrace && !p.newlineBefore()) p.i = p.closer(1) + 1;
  endStatement(p);
}

/** `export …`: an exported function or class starts at `export`. */
function exportDeclaration(p: Parser): boolean {
  const start = p.i;
  p.i++;
  const isDefault = p.word() === W.Default;
  if (isDefault) p.i++;
  if (exportedDeclaration(p, start)) return true;
  if (isDefault) return (assignment(p), endStatement(p), true);
  if (p.kind() === T.LBrace) p.i = p.closer() + 1;
  else if (p.kind() === T.Star) {
    p.i++;
    if (p.kind() === T.Word && p.tokenText() === 'as') p.i += 2;
  } else p.fail();
  if (p.word() !== W.From) return (endStatement(p), true);
  p.i++;
  moduleSpecifier(p);
  return true;
}

function exportedDeclaration(p: Parser, start: number): boolean {
  const word = p.word();
  if (word === W.Function) return (functionLike(p, start, 'function'), true);
  if (word === W.Async && p.word(1) === W.Function && !p.newlineBefore(1)) {
    p.i++;
    return (functionLike(p, start, 'function'), true);
  }
  if (word === W.Class) return (classLike(p, start), true);
  if (word === W.Var || word === W.Let || word === W.Const) return (declarations(p), endStatement(p), true);
  return false;
}
