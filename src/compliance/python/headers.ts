/**
 * Reading the parts of `def`, `class` and decorator lines the structure scanner needs, token by token:
 * names, parameter counts, Enum bases, the header's closing ':' and whether a decorator is @staticmethod.
 * Each function consumes tokens from the lexer. On a malformed header it returns a message; when the
 * lexer itself failed, the lexer's own error (kept in `lexer.error`) is the one to report.
 */
import { PyToken, type PythonLexer } from './lexer.js';
import { Ch } from './chars.js';

const enum Expect {
  Nothing,
  Parameter,
  /** after `*` or `**`: a name makes *args/**kwargs, anything else leaves a bare `*` separator */
  StarredName,
}

const ENUM_BASES = new Set(['Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag']);

export interface FunctionHeader {
  name: string;
  /** named parameters: positional-only, regular, *args, keyword-only and **kwargs */
  params: number;
  /** the first parameter is a plain positional one (the self/cls a method drops) */
  firstPositional: boolean;
}

export interface ClassHeader {
  name: string;
  isEnum: boolean;
}

/** After `def`: the name, parameters and return annotation, through the header's ':'. */
export function readFunctionHeader(lexer: PythonLexer): FunctionHeader | string {
  const name = readName(lexer);
  if (name === undefined) return 'expected a name after def';
  if (!lexer.isOp(afterTypeParameters(lexer), Ch.OpenParen)) return "expected '(' after the function name";
  const parameters = countParameters(lexer);
  if (parameters === undefined) return 'invalid parameter list';
  if (!skipToHeaderColon(lexer)) return "expected ':'";
  return { name, ...parameters };
}

/** After `class`: the name and bases, through the header's ':'. */
export function readClassHeader(lexer: PythonLexer): ClassHeader | string {
  const name = readName(lexer);
  if (name === undefined) return 'expected a name after class';
  let token = afterTypeParameters(lexer);
  let isEnum = false;
  if (lexer.isOp(token, Ch.OpenParen)) {
    const enumBase = hasEnumBase(lexer);
    if (enumBase === undefined) return 'invalid class bases';
    isEnum = enumBase;
    token = lexer.next();
  }
  return lexer.isOp(token, Ch.Colon) ? { name, isEnum } : "expected ':'";
}

function readName(lexer: PythonLexer): string | undefined {
  return lexer.next() === PyToken.Name ? lexer.tokenText() : undefined;
}

/** The token after a def's or class's name, past type parameters (`def f[T](…)`) when present. */
function afterTypeParameters(lexer: PythonLexer): PyToken {
  const token = lexer.next();
  if (!lexer.isOp(token, Ch.OpenBracket)) return token;
  for (;;) {
    const inside = lexer.next();
    if (inside === PyToken.Error || inside === PyToken.End) return PyToken.Error;
    if (lexer.depth === 0) return lexer.next();
  }
}

/**
 * Counts the parameters of a def whose '(' was just read and consumes through its ')'.
 * A parameter is a name at the start of a top-level slot (or after `*`/`**`); commas inside brackets
 * and inside a default's lambda (`lambda a, b: …`, up to its ':') do not separate slots.
 */
function countParameters(lexer: PythonLexer): Omit<FunctionHeader, 'name'> | undefined {
  let count = 0;
  let expect = Expect.Parameter;
  let firstSlot = true;
  let firstPositional = false;
  let openLambdas = 0;
  for (;;) {
    const token = lexer.next();
    if (token === PyToken.Error || token === PyToken.End) return undefined;
    if (lexer.depth === 0) return { params: count, firstPositional };
    if (lexer.depth !== 1) continue;
    if (token === PyToken.Name && expect !== Expect.Nothing) {
      count++;
      firstPositional ||= firstSlot && expect === Expect.Parameter;
      expect = Expect.Nothing;
    } else if (lexer.isName(token, 'lambda')) openLambdas++;
    else if (lexer.isOp(token, Ch.Comma) && openLambdas === 0) {
      expect = Expect.Parameter;
      firstSlot = false;
    } else if (lexer.isOp(token, Ch.Colon) && openLambdas > 0) openLambdas--;
    else if (token === PyToken.Op && lexer.opCode === Ch.Star && expect === Expect.Parameter) {
      expect = Expect.StarredName;
    } else if (!lexer.isOp(token, Ch.Comma)) expect = Expect.Nothing;
  }
}

/** Consumes through the ':' that ends a def header (after a return annotation, which may hold a lambda). */
function skipToHeaderColon(lexer: PythonLexer): boolean {
  let openLambdas = 0;
  for (;;) {
    const token = lexer.next();
    if (token === PyToken.Error || token === PyToken.End || token === PyToken.Newline) return false;
    if (lexer.depth !== 0) continue;
    if (lexer.isOp(token, Ch.Colon)) {
      if (openLambdas === 0) return true;
      openLambdas--;
    } else if (lexer.isName(token, 'lambda')) openLambdas++;
  }
}

const enum Slot {
  Start,
  AfterName,
  AfterDot,
  Other,
}

/**
 * Reads a class's bases after its '(' through the ')'; true when one of them is a plain or dotted
 * name of an Enum-family class (`Enum`, `enum.IntFlag`). Keyword arguments are not bases.
 */
function hasEnumBase(lexer: PythonLexer): boolean | undefined {
  let isEnum = false;
  let slot = Slot.Start;
  let lastName = '';
  for (;;) {
    const token = lexer.next();
    if (token === PyToken.Error || token === PyToken.End) return undefined;
    const closing = lexer.depth === 0;
    if (closing || (lexer.depth === 1 && lexer.isOp(token, Ch.Comma))) {
      isEnum ||= slot === Slot.AfterName && ENUM_BASES.has(lastName);
      if (closing) return isEnum;
      slot = Slot.Start;
    } else if (lexer.depth !== 1) slot = Slot.Other;
    else if (token === PyToken.Name && (slot === Slot.Start || slot === Slot.AfterDot)) {
      slot = Slot.AfterName;
      lastName = lexer.tokenText();
    } else slot = slot === Slot.AfterName && lexer.isOp(token, Ch.Dot) ? Slot.AfterDot : Slot.Other;
  }
}

/** After a line's leading '@': true when the decorator is `staticmethod` or `something.staticmethod`. */
export function isStaticmethodDecorator(lexer: PythonLexer): boolean {
  for (;;) {
    if (lexer.next() !== PyToken.Name) return false;
    const isStatic = lexer.isName(PyToken.Name, 'staticmethod');
    const after = lexer.next();
    if (after === PyToken.Newline) return isStatic;
    if (!lexer.isOp(after, Ch.Dot)) return false;
  }
}
