/**
 * What follows a primary expression (member accesses, calls, tagged templates, `++`/`--`) and the
 * bracketed literals (arrays, templates): each may hold functions of its own.
 */
import { T } from './tokens.js';
import { elementList, type Parser } from './parser.js';
import { assignment, expression } from './expressions.js';

/** Member accesses, calls, tagged templates and `++`/`--` after a primary expression. */
export function postfix(p: Parser, single: number): number {
  for (;;) {
    const kind = p.kind();
    if (kind === T.Dot) {
      p.i++;
      if (p.kind() !== T.Word && p.kind() !== T.Private) p.fail();
      p.target = p.tokenText();
      p.i++;
    } else if (kind === T.QuestionDot) optionalChain(p);
    else if (kind === T.LBracket) elementAccess(p);
    else if (kind === T.LParen) args(p);
    else if (kind === T.Template || kind === T.TemplateHead || (kind === T.Update && !p.newlineBefore())) {
      if (kind === T.TemplateHead) template(p);
      else p.i++;
      p.target = undefined;
    } else if (kind === T.Bang && !p.newlineBefore())
      p.fail(); // TypeScript's `x!`
    else return single;
    single = -1;
  }
}

function optionalChain(p: Parser): void {
  p.i++;
  const kind = p.kind();
  // `a?.b = …` is no valid assignment, but the compiler parses it and names the value b: so do we.
  if (kind === T.Word || kind === T.Private) p.target = p.tokenText(p.i++);
  else if (kind === T.LParen) args(p);
  else if (kind === T.LBracket) elementAccess(p);
  else p.fail();
}

/** `a[…]`: assigning to `a['name']` names the value `name`, as to `a.name`. */
function elementAccess(p: Parser): void {
  const close = p.closer();
  const only = p.i + 1;
  const named = close === only + 1 && (p.kind(1) === T.Str || p.kind(1) === T.Template);
  p.i++;
  expression(p);
  p.endAt(close);
  p.target = named ? only : undefined;
}

/** A string or plain template literal's value; escapes are left to the compiler. */
export function literalText(p: Parser, index: number): string {
  const raw = p.text.slice(p.tokens.start[index]! + 1, p.tokens.end[index]! - 1);
  if (raw.includes('\\') || raw.includes('\r')) p.fail(); // escapes and a template's CRLF change the value
  return raw;
}

/** Call arguments: `( a, ...b, )`. */
function args(p: Parser): void {
  elementList(p, assignment, false);
  p.target = undefined;
}

export function arrayLiteral(p: Parser): void {
  elementList(p, assignment, true);
}

/** `` `a${x}b${y}c` ``: each substitution is an expression. */
export function template(p: Parser): void {
  for (;;) {
    p.i++;
    expression(p);
    const kind = p.kind();
    if (kind === T.TemplateTail) break;
    if (kind !== T.TemplateMiddle) p.fail();
  }
  p.i++;
}

/** Whether `new`'s operand from `callee` on has a member access after its arguments (`new A().b`, `new A()[c]`). */
export function memberAfterCall(p: Parser, callee: number): boolean {
  let called = false;
  for (let token = callee; token < p.i; token++) {
    const kind = p.tokens.kind[token];
    if (called && (kind === T.Dot || kind === T.LBracket || kind === T.QuestionDot)) return true;
    if (kind === T.LParen && token > callee) called = true;
    if (kind === T.LParen || kind === T.LBracket) token = p.tokens.match[token]!;
  }
  return false;
}

/** A symbol read as an operand, with no name for an assignment to take from it. */
export function withoutTarget(p: Parser, symbol: number): number {
  p.target = undefined;
  return symbol;
}
