/**
 * Classes and object literals: their members, with the compiler's rules for what a modifier is
 * (`static`, `async`, `get`, `set` are names unless a member name follows them) and what names a value
 * (`{ key: () => … }`, `field = () => …`).
 */
import type { SymbolKind } from '../analysis/symbols.js';
import { T, W } from './tokens.js';
import type { Parser } from './parser.js';
import { assignment, operand } from './expressions.js';
import { literalText } from './postfix.js';
import { withContext } from './contexts.js';
import { block, method, readComputedKey } from './functions.js';

/** A member's key: its first token, and where a computed key's `[` is (else -1). */
interface Key {
  token: number;
  computed: number;
}

/** Token kinds after which `static`, `async`, `get` and `set` are modifiers rather than names. */
const MEMBER_NAMES = new Set<number>([T.Word, T.Str, T.Num, T.Private, T.LBracket]);
const AFTER_MODIFIER = new Set<number>([...MEMBER_NAMES, T.LBrace, T.Star, T.Ellipsis]);

/** `class [name] [extends …] {…}`, the cursor on `class`; `start` is its first token. */
export function classLike(p: Parser, start: number): number {
  p.i++;
  let own: string | undefined;
  if (p.kind() === T.Word && p.word() !== W.Extends) {
    own = p.tokenText();
    p.i++;
  }
  const symbol = p.symbols.open('class', start, own);
  if (p.word() === W.Extends) {
    p.i++;
    operand(p);
  }
  if (p.kind() !== T.LBrace) p.fail();
  const close = p.closer();
  // Field initializers and static blocks neither await nor yield, whatever encloses the class.
  const body = { inFunction: p.context.inFunction, inAsync: false, inGenerator: false };
  withContext(p, body, () => {
    for (p.i++; p.i < close;) {
      if (p.kind() === T.Semi) p.i++;
      else classMember(p, close);
    }
  });
  p.i = close + 1;
  return p.symbols.close(symbol, p.i - 1);
}

function isModifier(p: Parser, sameLine: boolean): boolean {
  return AFTER_MODIFIER.has(p.kind(1)) && !(sameLine && p.newlineBefore(1));
}

function classMember(p: Parser, close: number): void {
  const start = p.i;
  let isStatic = false;
  if (p.word() === W.Static && isModifier(p, false)) {
    if (p.kind(1) === T.LBrace) return (p.i++, block(p)); // a static block: statements, not a symbol
    p.i++;
    isStatic = true;
  }
  if (p.word() === W.TypeScriptOnly && isModifier(p, true)) p.fail();
  const isAsync = p.word() === W.Async && isModifier(p, true);
  if (isAsync) p.i++;
  const star = p.kind() === T.Star;
  const kind = memberKind(p);
  const key = readKey(p);
  if (p.kind() === T.LParen) {
    const name = keyName(p, key);
    if (name !== 'constructor' || key.computed >= 0) return void method(p, start, kind, name, key.computed);
    // The compiler has its own reading of a constructor with modifiers; leave those to it.
    if (isStatic || isAsync || star || kind !== 'method') p.fail();
    return void method(p, start, 'constructor', 'constructor', -1);
  }
  if (isAsync || star || kind !== 'method') p.fail();
  classField(p, key, close);
}

/** 'accessor' after `get`/`set` (the cursor moves past it and past a `*`), else 'method'. */
function memberKind(p: Parser): SymbolKind {
  if (p.kind() === T.Star) {
    p.i++;
    return 'method';
  }
  const accessor = (p.word() === W.Get || p.word() === W.Set) && MEMBER_NAMES.has(p.kind(1));
  if (accessor) p.i++;
  return accessor ? 'accessor' : 'method';
}

function nameBy(p: Parser, symbol: number, key: Key): void {
  if (symbol >= 0) p.symbols.name(symbol, keyName(p, key));
}

/** `name [= value]` ended by `;`, a line break or the class's `}`. */
function classField(p: Parser, key: Key, close: number): void {
  if (key.computed >= 0) readComputedKey(p, key.computed);
  if (p.kind() === T.Assign) {
    p.i++;
    nameBy(p, assignment(p), key);
  }
  if (p.kind() === T.Semi) p.i++;
  else if (p.i !== close && !p.newlineBefore()) p.fail();
}

/** A member's key: a name, string, number, private name or `[computed]` (read later, in its place). */
function readKey(p: Parser): Key {
  const token = p.i;
  const kind = p.kind();
  if (kind !== T.LBracket) {
    if (kind !== T.Word && kind !== T.Private && kind !== T.Str && kind !== T.Num) p.fail();
    p.i++;
    return { token, computed: -1 };
  }
  p.i = p.closer() + 1;
  return { token, computed: token };
}

/**
 * A key's name as the compiler gives it, asked for only when it names something: a string's value, a
 * plain integer's digits (the compiler normalises other numerals: 0x10 is "16"), a computed key's text.
 */
function keyName(p: Parser, key: Key): string {
  const kind = p.tokens.kind[key.token];
  if (kind === T.Str) return literalText(p, key.token);
  if (kind === T.LBracket) return p.text.slice(p.tokens.start[key.token], p.tokens.end[p.tokens.match[key.token]!]);
  const text = p.tokenText(key.token);
  if (kind === T.Num && !/^(0|[1-9]\d{0,14})$/.test(text)) p.fail();
  return text;
}

/** `{ a: 1, b, c() {}, get d() {}, ...e, [f]: g }`, the cursor on `{`. */
export function objectLiteral(p: Parser): void {
  const close = p.closer();
  p.i++;
  while (p.i < close) {
    objectMember(p);
    if (p.i < close) p.expect(T.Comma);
  }
  p.endAt(close);
}

function objectMember(p: Parser): void {
  if (p.kind() === T.Ellipsis) {
    p.i++;
    assignment(p);
    return;
  }
  const start = p.i;
  const isAsync = p.word() === W.Async && isModifier(p, true);
  if (isAsync) p.i++;
  const star = p.kind() === T.Star;
  const kind = memberKind(p);
  const key = readKey(p);
  if (p.kind() === T.LParen) return void method(p, start, kind, keyName(p, key), key.computed);
  if (isAsync || star || kind !== 'method') p.fail();
  if (key.computed >= 0) readComputedKey(p, key.computed);
  if (p.kind() === T.Colon) {
    p.i++;
    nameBy(p, assignment(p), key);
  } else if (p.kind() === T.Assign) {
    p.i++;
    assignment(p); // `{ a = 1 } = …`: a default in a pattern, which names nothing
  } else if (p.tokens.kind[start] !== T.Word) p.fail();
}
