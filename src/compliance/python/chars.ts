/**
 * Character-level facts about Python source, as pure functions over char codes: what a name or number
 * is made of, indentation columns, line continuations, operators, brackets and string prefixes.
 */

/** Character codes the Python scanner compares with. */
export const enum Ch {
  Tab = 9,
  Newline = 10,
  FormFeed = 12,
  CarriageReturn = 13,
  Space = 32,
  Bang = 33,
  DoubleQuote = 34,
  Hash = 35,
  Dollar = 36,
  SingleQuote = 39,
  OpenParen = 40,
  CloseParen = 41,
  Star = 42,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Digit0 = 48,
  Digit9 = 57,
  Colon = 58,
  Equals = 61,
  Greater = 62,
  Question = 63,
  At = 64,
  UpperN = 78,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  Underscore = 95,
  Backtick = 96,
  LowerB = 98,
  LowerF = 102,
  LowerR = 114,
  LowerT = 116,
  LowerU = 117,
  OpenBrace = 123,
  CloseBrace = 125,
  ByteOrderMark = 0xfeff,
}

export const enum StringFlags {
  Raw = 1,
  Formatted = 2,
  Bytes = 4,
}

export function isDigit(c: number): boolean {
  return c >= Ch.Digit0 && c <= Ch.Digit9;
}

/** Letters, digits, '_' and every non-ASCII character (Python's identifiers are wider than ASCII). */
export function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === Ch.Underscore || c >= 128;
}

/** The position after the name (or, with dots, the number) starting at `pos`. */
export function skipWord(text: string, pos: number, withDots: boolean): number {
  let c = text.charCodeAt(pos);
  while (isNameChar(c) || (withDots && c === Ch.Dot)) c = text.charCodeAt(++pos);
  return pos;
}

/** The indentation column at `pos`: tabs go to the next multiple of 8, a form feed resets, as in CPython. */
export function indentationAt(text: string, pos: number): number {
  let column = 0;
  for (; ; pos++) {
    const c = text.charCodeAt(pos);
    if (c === Ch.Space) column++;
    else if (c === Ch.Tab) column = (column & ~7) + 8;
    else if (c === Ch.FormFeed) column = 0;
    else return column;
  }
}

/** Length of a line continuation (a backslash and its line end) at `pos`, or 0 when there is none. */
export function continuationLength(text: string, pos: number): number {
  const next = text.charCodeAt(pos + 1);
  if (next === Ch.Newline) return 2;
  return next === Ch.CarriageReturn && text.charCodeAt(pos + 2) === Ch.Newline ? 3 : 0;
}

/**
 * Length of the operator at `pos`; 0 for a character that is no Python operator (`$`, `?`, a backtick, a
 * lone `!`). Only the pairs the structure scanner must tell apart are joined (`**`, `//`, `->`, `:=`,
 * `==`, `!=`); every other character is an operator of its own.
 */
export function operatorLength(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  const next = text.charCodeAt(pos + 1);
  const pair =
    (next === Ch.Equals && (c === Ch.Equals || c === Ch.Colon || c === Ch.Bang)) ||
    (next === c && (c === Ch.Star || c === Ch.Slash)) ||
    (c === Ch.Minus && next === Ch.Greater);
  if (pair) return 2;
  return c === Ch.Bang || c === Ch.Dollar || c === Ch.Question || c === Ch.Backtick ? 0 : 1;
}

/** +1 for an opening bracket, -1 for a closing one, else 0. */
export function bracketChange(c: number): number {
  if (c === Ch.OpenParen || c === Ch.OpenBracket || c === Ch.OpenBrace) return 1;
  if (c === Ch.CloseParen || c === Ch.CloseBracket || c === Ch.CloseBrace) return -1;
  return 0;
}

/** CPython's message when closing bracket `close` cannot close `open` (undefined: none open), else undefined. */
export function bracketProblem(open: number | undefined, close: number): string | undefined {
  const closing = String.fromCharCode(close);
  if (open === undefined) return `unmatched '${closing}'`;
  if (close - open === (close === Ch.CloseParen ? 1 : 2)) return undefined;
  return `closing parenthesis '${closing}' does not match opening parenthesis '${String.fromCharCode(open)}'`;
}

/** True when the quote at `pos` ends a string opened with `quote` (three of them for a triple-quoted one). */
export function closesString(text: string, pos: number, quote: number, triple: boolean): boolean {
  return !triple || (text.charCodeAt(pos + 1) === quote && text.charCodeAt(pos + 2) === quote);
}

/** StringFlags for the name text[start, end) that sits right before a quote, or -1 if it is no prefix. */
export function stringPrefixFlags(text: string, start: number, end: number): number {
  let flags = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) | 0x20; // lower case
    const flag =
      c === Ch.LowerR
        ? StringFlags.Raw
        : c === Ch.LowerF || c === Ch.LowerT
          ? StringFlags.Formatted
          : c === Ch.LowerB || c === Ch.LowerU
            ? StringFlags.Bytes
            : 0;
    if (flag === 0 || (flags & flag) !== 0) return -1;
    flags |= flag;
  }
  return flags;
}
