/**
 * Expressions, read only as far as the structure needs: where each one ends (commas, brackets, `?:` and
 * automatic semicolons), the functions, arrows, classes and object literals inside, and whether an
 * expression is exactly one function or class (through parentheses), which an assignment then names.
 * Each function returns that symbol's index, or -1.
 */
import { T, W } from './tokens.js';
import type { Parser } from './parser.js';
import { isOperatorWord } from './contexts.js';
import { arrowFunction, functionLike } from './functions.js';
import { classLike, objectLiteral } from './members.js';
import { arrayLiteral, literalText, memberAfterCall, postfix, template, withoutTarget } from './postfix.js';

const ENDS = new Set<number>([T.End, T.Semi, T.Comma, T.Colon, T.RParen, T.RBracket, T.RBrace]);
ENDS.add(T.TemplateMiddle).add(T.TemplateTail);
/** After an operand, tokens that carry the expression on across a line break (else a semicolon is inserted). */
const CONTINUES = new Set<number>([T.Assign, T.CompoundAssign, T.SlashAssign, T.Question, T.Binary, T.Star]);
for (const kind of [T.Slash, T.PlusMinus, T.LessThan]) CONTINUES.add(kind);
const BINARY = new Set<number>([T.Binary, T.Star, T.Slash, T.PlusMinus, T.LessThan]);
const PREFIX = new Set<number>([T.Bang, T.Tilde, T.PlusMinus, T.Update]);
const STARTS_OPERAND = new Set<number>([T.Word, T.Num, T.Str, T.Regex, T.Template, T.TemplateHead, T.Private]);
for (const kind of [T.LParen, T.LBracket, T.LBrace, ...PREFIX]) STARTS_OPERAND.add(kind);
/** Words that cannot begin an operand. */
const NOT_OPERANDS = new Set<number>([W.Var, W.Const, W.If, W.Else, W.For, W.While, W.Do, W.Switch, W.Case]);
for (const word of [W.Default, W.Break, W.Continue, W.Return, W.Throw, W.Try, W.Catch, W.Finally, W.With])
  NOT_OPERANDS.add(word);
for (const word of [W.Debugger, W.Export, W.Enum, W.Extends, W.In]) NOT_OPERANDS.add(word);

/** An Expression: assignments separated by commas. */
export function expression(p: Parser): number {
  let single = assignment(p);
  while (p.kind() === T.Comma) {
    p.i++;
    assignment(p);
    single = -1;
  }
  return single;
}

/** An AssignmentExpression (a conditional, an arrow, `yield`, or an assignment to what came before). */
export function assignment(p: Parser): number {
  if (p.word() === W.Yield && isOperatorWord(p, p.context.inGenerator)) return yieldExpression(p);
  let single = operand(p);
  // Nothing continues an arrow function: after one, the expression has ended (else the compiler decides).
  if (p.arrowEnd === p.i) return single;
  for (;;) {
    const kind = p.kind();
    if (ENDS.has(kind) || (p.newlineBefore() && !CONTINUES.has(kind) && p.word() !== W.In)) return single;
    if (kind === T.Assign) return assignTo(p, p.target);
    p.i++;
    if (kind === T.CompoundAssign || kind === T.SlashAssign) return (assignment(p), -1);
    if (kind === T.Question) {
      assignment(p);
      p.expect(T.Colon);
      return (assignment(p), -1);
    }
    const word = p.tokens.word[p.i - 1];
    if (p.noIn && word === W.In && p.tokenText(p.i - 1) === 'in') p.fail(); // `for (var x = a in b)`: rare
    if (!BINARY.has(kind) && (kind !== T.Word || (word !== W.In && word !== W.Of))) p.fail();
    operand(p);
    single = -1;
  }
}

function assignTo(p: Parser, target: string | number | undefined): number {
  p.i++;
  const value = assignment(p);
  if (value >= 0 && target !== undefined)
    p.symbols.name(value, typeof target === 'string' ? target : literalText(p, target));
  return -1;
}

function yieldExpression(p: Parser): number {
  p.i++;
  if (p.kind() === T.Star) p.i++;
  if (!p.newlineBefore() && STARTS_OPERAND.has(p.kind()) && p.word() !== W.In && p.word() !== W.Of) assignment(p);
  return -1;
}

/** A unary expression: prefixes, then a primary expression and its postfixes; or an arrow function. */
export function operand(p: Parser): number {
  p.target = undefined;
  const kind = p.kind();
  const prefixWord = p.word() === W.Prefix && (p.tokenText() !== 'await' || isOperatorWord(p, p.context.inAsync));
  if (PREFIX.has(kind) || (prefixWord && STARTS_OPERAND.has(p.kind(1)))) {
    p.i++;
    operand(p);
    return ((p.target = undefined), -1);
  }
  if (p.word() === W.New && p.kind(1) !== T.Dot) {
    const callee = ++p.i;
    operand(p);
    // `new A().b = …` names the value b, as the compiler does; `new A.b = …` names nothing.
    if (!memberAfterCall(p, callee)) p.target = undefined;
    return -1;
  }
  const arrow = arrowAhead(p);
  if (arrow >= 0) return arrowFunction(p, p.i, arrow);
  return postfix(p, primary(p));
}

/** Where an arrow's parameters start when one starts here (`x =>`, `(…) =>`, `async x =>`, `async (…) =>`), else -1. */
function arrowAhead(p: Parser): number {
  const first = p.word() === W.Async && p.kind(1) !== T.Arrow && !p.newlineBefore(1) ? 1 : 0;
  const kind = p.kind(first);
  if (kind === T.Word && p.kind(first + 1) === T.Arrow && !p.newlineBefore(first + 1)) return p.i + first;
  if (kind !== T.LParen) return -1;
  const after = p.closer(first) + 1;
  const arrow = p.tokens.kind[after] === T.Arrow && p.tokens.newline[after] === 0;
  return arrow ? p.i + first : -1;
}

function primary(p: Parser): number {
  const kind = p.kind();
  if (kind === T.Word) return wordOperand(p);
  if (kind === T.LParen) return parenthesized(p);
  // `(a) = …`, `[a] = …`, `({ a } = …)` name nothing: what was read inside does not name the value.
  if (kind === T.LBracket) return (arrayLiteral(p), (p.target = undefined), -1);
  if (kind === T.LBrace) return (objectLiteral(p), (p.target = undefined), -1);
  if (kind === T.TemplateHead) return (template(p), (p.target = undefined), -1);
  if (kind === T.Num || kind === T.Str || kind === T.Regex || kind === T.Template || kind === T.Private) {
    p.i++;
    return -1;
  }
  return p.fail(); // a `/` here is a regex the tokenizer took for a division; `<` is JSX; `@` a decorator
}

function wordOperand(p: Parser): number {
  const word = p.word();
  const start = p.i;
  if (word === W.Async && p.word(1) === W.Function && !p.newlineBefore(1)) p.i++;
  // What a function or class expression holds never names what it is assigned to.
  if (p.word() === W.Function) return withoutTarget(p, functionLike(p, start, 'function'));
  if (word === W.Class) return withoutTarget(p, classLike(p, start));
  if (NOT_OPERANDS.has(word)) p.fail();
  const meta = (word === W.New || word === W.Import) && p.kind(1) === T.Dot; // new.target, import.meta
  p.target = word === W.Literal || meta ? undefined : p.tokenText();
  p.i += meta ? 3 : 1;
  return -1;
}

/** `( expression )`: transparent to naming (`const f = (() => 1)` names the arrow f). */
function parenthesized(p: Parser): number {
  const close = p.closer();
  p.i++;
  if (p.i === close) p.fail();
  const single = expression(p);
  p.endAt(close);
  p.target = undefined;
  return single;
}
