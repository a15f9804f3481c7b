/**
 * Where numbers, strings, templates and regular expressions end, and whether a `/` starts a regular
 * expression. The guess is made from the token before, as most tools do; the parser checks every guess
 * (a regex where an operator belongs, or a division where an operand does, sends the file to the compiler).
 */
import { NOT_SCANNED, isDigit, isHexLetter, isIdentPart } from './chars.js';
import { T, W, type Tokens } from './tokens.js';

const BACKSLASH = 92;
const BACKTICK = 96;

/** Where the number starting at `start` ends: decimal, 0x/0o/0b, separators, exponent, BigInt suffix. */
export function numberEnd(text: string, start: number): number {
  const prefix = text.charCodeAt(start) === 48 ? text.charCodeAt(start + 1) | 32 : 0;
  const radix = prefix === 120 || prefix === 111 || prefix === 98; // 0x 0o 0b
  let pos = radix ? start + 2 : start;
  while (isDigit(text.charCodeAt(pos)) || text.charCodeAt(pos) === 95 || (radix && isHexLetter(text.charCodeAt(pos))))
    pos++;
  if (!radix) pos = fractionAndExponentEnd(text, pos);
  if (text.charCodeAt(pos) === 110) pos++; // BigInt
  if (isIdentPart(text.charCodeAt(pos)) || text.charCodeAt(pos) >= 128) throw NOT_SCANNED;
  return pos;
}

function fractionAndExponentEnd(text: string, from: number): number {
  let pos = from;
  if (text.charCodeAt(pos) === 46) for (pos++; isDigit(text.charCodeAt(pos)) || text.charCodeAt(pos) === 95; pos++);
  if ((text.charCodeAt(pos) | 32) !== 101) return pos;
  pos++;
  if (text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) pos++;
  if (!isDigit(text.charCodeAt(pos))) throw NOT_SCANNED;
  while (isDigit(text.charCodeAt(pos)) || text.charCodeAt(pos) === 95) pos++;
  return pos;
}

/** Where the string whose quote is at `start` ends (past its closing quote). */
export function stringEnd(text: string, start: number): number {
  const quote = text.charCodeAt(start);
  let pos = start + 1;
  for (let c = text.charCodeAt(pos); c !== quote; c = text.charCodeAt(pos)) {
    if (c === 10 || c === 13 || pos >= text.length) throw NOT_SCANNED;
    if (c !== BACKSLASH) pos++;
    else pos += text.charCodeAt(pos + 1) === 13 && text.charCodeAt(pos + 2) === 10 ? 3 : 2;
  }
  return pos + 1;
}

/** From inside a template, where its part ends: past the closing backtick, or past a `${`. */
export function templatePartEnd(text: string, from: number): number {
  let pos = from;
  for (let c = text.charCodeAt(pos); c !== BACKTICK; c = text.charCodeAt(pos)) {
    if (pos >= text.length) throw NOT_SCANNED;
    if (c === BACKSLASH) pos += 2;
    else if (c === 36 && text.charCodeAt(pos + 1) === 123) return pos + 2;
    else pos++;
  }
  return pos + 1;
}

/** Where the regular expression starting at `start` ends (past its flags). */
export function regexEnd(text: string, start: number): number {
  let pos = start + 1;
  let inClass = false;
  for (let c = text.charCodeAt(pos); inClass || c !== 47; c = text.charCodeAt(pos)) {
    if (c === 10 || c === 13 || pos >= text.length) throw NOT_SCANNED;
    if (c === BACKSLASH) pos++;
    else if (c === 91) inClass = true;
    else if (c === 93) inClass = false;
    pos++;
  }
  for (pos++; isIdentPart(text.charCodeAt(pos)); pos++);
  return pos;
}

/** What a `/` after a word starts: a regular expression after these (`return /x/`), else a division. */
// Only reserved words: after `of`, `yield` or `await`, which may be names, a division is guessed, since the
// parser catches a division where an operand belongs but could not tell a wrong regex from a right one.
const REGEX_AFTER_WORDS = new Set<number>([W.Return, W.Prefix, W.In, W.New, W.Throw, W.Case, W.Do]);
for (const word of [W.Else, W.Extends, W.Default]) REGEX_AFTER_WORDS.add(word);
/** Token kinds that end an operand: a `/` after them divides. */
const OPERAND_ENDS = new Set<number>([T.Num, T.Str, T.Regex, T.Template, T.TemplateTail, T.Private]);
for (const kind of [T.RParen, T.RBracket, T.RBrace, T.Update]) OPERAND_ENDS.add(kind);

/** Whether a `/` after the tokens so far starts a regular expression. */
export function regexAllowed(tokens: Tokens, text: string): boolean {
  const last = tokens.count - 1;
  if (last < 0) return true;
  const kind = tokens.kind[last]!;
  if (kind !== T.Word) return !OPERAND_ENDS.has(kind);
  const afterDot = last > 0 && (tokens.kind[last - 1] === T.Dot || tokens.kind[last - 1] === T.QuestionDot);
  const isAwait = text.startsWith('await', tokens.start[last]);
  return !afterDot && !isAwait && REGEX_AFTER_WORDS.has(tokens.word[last]!);
}
