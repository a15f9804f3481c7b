/**
 * Statements: which ones declare functions and classes (and from which token they start: `export` and
 * `async` belong to them), where blocks are, and where each statement ends, by `;`, a `}` or the rules of
 * automatic semicolon insertion. Control flow is in control-flow.ts, imports and exports in modules.ts.
 */
import { T, W } from './tokens.js';
import type { Parser } from './parser.js';
import { assignment, expression } from './expressions.js';
import { bindingTarget } from './bindings.js';
import { controlStatement } from './control-flow.js';
import { block, functionLike } from './functions.js';
import { classLike } from './members.js';
import { moduleStatement } from './modules.js';

/** Statements up to the token `close` (a block's `}`, or the end of the file). */
export function statements(p: Parser, close: number): void {
  while (p.i < close) statement(p);
  if (p.i !== close) p.fail();
}

export function statement(p: Parser): void {
  const kind = p.kind();
  if (kind === T.LBrace) return block(p);
  if (kind === T.Semi) return void p.i++;
  if (kind === T.Word && wordStatement(p)) return;
  expression(p);
  endStatement(p);
}

/** `;`, or a semicolon inserted before a `}`, the end, or a line break. */
export function endStatement(p: Parser): void {
  if (p.kind() === T.Semi) p.i++;
  else if (p.kind() !== T.RBrace && p.kind() !== T.End && !p.newlineBefore()) p.fail();
}

/** Words that start a declaration a modifier may precede. */
const MODIFIED = new Set<number>([W.Function, W.Class, W.Async, W.Export, W.Var, W.Let, W.Const, W.Static, W.Enum]);
MODIFIED.add(W.TypeScriptOnly).add(W.Default).add(W.Import);

/** A statement that starts with a word; false when the word starts an expression after all. */
function wordStatement(p: Parser): boolean {
  const word = p.word();
  if (controlStatement(p, word) || moduleStatement(p, word) || declaration(p, word, p.i)) return true;
  if (word === W.Enum) p.fail();
  // `static` (and TypeScript's modifiers) before a declaration, even across a line break, belongs to it.
  if ((word === W.Static || word === W.TypeScriptOnly) && MODIFIED.has(p.word(1))) p.fail();
  // `type X = …`, `interface X {…}`, `declare …`: TypeScript in a JavaScript file is the compiler's.
  if (word === W.TypeScriptOnly && p.kind(1) === T.Word && !p.newlineBefore(1)) p.fail();
  if (p.kind(1) !== T.Colon) return false;
  p.i += 2; // a label
  statement(p);
  return true;
}

/** A function, class or variable declaration starting at the cursor; `start` is its first token (`export`). */
export function declaration(p: Parser, word: number, start: number): boolean {
  if (word === W.Function) return (functionLike(p, start, 'function'), true);
  if (word === W.Async && p.word(1) === W.Function && !p.newlineBefore(1)) {
    p.i++;
    return (functionLike(p, start, 'function'), true);
  }
  if (word === W.Class) return (classLike(p, start), true);
  const variables = word === W.Var || word === W.Const || (word === W.Let && startsBinding(p, 1));
  if (variables) {
    declarations(p);
    endStatement(p);
  }
  return variables;
}

/** Words that cannot be a binding's name: `let` before one of them is a name itself (`let\nnull = …`). */
const NOT_BINDINGS = new Set<number>([W.Function, W.Class, W.Var, W.Const, W.If, W.Else, W.For, W.While, W.Do]);
for (const word of [W.Switch, W.Case, W.Default, W.Break, W.Continue, W.Return, W.Throw, W.Try, W.Catch])
  NOT_BINDINGS.add(word);
for (const word of [W.Finally, W.With, W.Debugger, W.Import, W.Export, W.New, W.In, W.Extends, W.Enum, W.Literal])
  NOT_BINDINGS.add(word);

/** Whether the token `offset` ahead starts a binding: a name, or an object or array pattern. */
export const startsBinding = (p: Parser, offset: number): boolean =>
  p.kind(offset) === T.LBracket ||
  p.kind(offset) === T.LBrace ||
  (p.kind(offset) === T.Word && !NOT_BINDINGS.has(p.word(offset)));

/** `var|let|const a = 1, {b} = c`; in a `for` head also `x of y` and `x in y`. */
export function declarations(p: Parser, inForHead = false): void {
  p.i++;
  for (;;) {
    const name = p.kind() === T.Word ? p.tokenText() : undefined;
    bindingTarget(p);
    if (p.kind() === T.Assign) {
      p.i++;
      const outer = p.noIn;
      p.noIn = inForHead;
      p.symbols.name(assignment(p), name);
      p.noIn = outer;
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
