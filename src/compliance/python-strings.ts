/**
 * Finding where a Python string literal ends: every prefix (r, b, u, f, t and their pairs), single and
 * triple quotes, escapes, and f-strings with nested replacement fields, nested strings and format specs
 * (the PEP 701 rules of Python 3.12, which also accept every f-string older Pythons accept).
 * Only the end position and the lines crossed matter here; the string's value is never built.
 */

const enum Ch {
  Newline = 10,
  CarriageReturn = 13,
  DoubleQuote = 34,
  Hash = 35,
  SingleQuote = 39,
  OpenParen = 40,
  CloseParen = 41,
  Colon = 58,
  UpperN = 78,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  Underscore = 95,
  LowerB = 98,
  LowerF = 102,
  LowerR = 114,
  LowerT = 116,
  LowerU = 117,
  OpenBrace = 123,
  CloseBrace = 125,
}

/** The scanning position the lexer shares with the string scanner. */
export interface Cursor {
  readonly text: string;
  pos: number;
  line: number;
  error: string | undefined;
}

export const enum StringFlags {
  Raw = 1,
  Formatted = 2,
  Bytes = 4,
}

export function failAt(cursor: Cursor, line: number, message: string): false {
  cursor.error ??= `line ${line}: ${message}`;
  return false;
}

export function isNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === Ch.Underscore || c >= 128
  );
}

/** StringFlags for a name that sits right before a quote, or -1 when the name is no string prefix. */
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

/** Advances past the string literal whose opening quote is at `cursor.pos`; false (with error) if unterminated. */
export function scanStringLiteral(cursor: Cursor, flags: number): boolean {
  const quote = cursor.text.charCodeAt(cursor.pos);
  const startLine = cursor.line;
  const triple = cursor.text.charCodeAt(cursor.pos + 1) === quote && cursor.text.charCodeAt(cursor.pos + 2) === quote;
  cursor.pos += triple ? 3 : 1;
  const closed =
    (flags & StringFlags.Formatted) !== 0
      ? scanFormattedBody(cursor, quote, triple, (flags & StringFlags.Raw) !== 0)
      : scanPlainBody(cursor, quote, triple);
  if (closed) return true;
  const what = triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
  return failAt(cursor, startLine, what);
}

/** The hot loop (docstrings): locals only. A backslash keeps the next character, newline included. */
function scanPlainBody(cursor: Cursor, quote: number, triple: boolean): boolean {
  const text = cursor.text;
  const length = text.length;
  let pos = cursor.pos;
  let line = cursor.line;
  let closed = false;
  while (pos < length) {
    const c = text.charCodeAt(pos++);
    if (c === quote) {
      if (!triple) closed = true;
      else if (text.charCodeAt(pos) === quote && text.charCodeAt(pos + 1) === quote) closed = true;
      if (closed) {
        pos += triple ? 2 : 0;
        break;
      }
    } else if (c === Ch.Backslash) {
      const next = text.charCodeAt(pos++);
      if (next === Ch.Newline) line++;
      else if (next === Ch.CarriageReturn && text.charCodeAt(pos) === Ch.Newline) {
        pos++;
        line++;
      }
    } else if (c === Ch.Newline) {
      if (!triple) break;
      line++;
    }
  }
  cursor.pos = pos;
  cursor.line = line;
  return closed;
}

function closesString(text: string, pos: number, quote: number, triple: boolean): boolean {
  return !triple || (text.charCodeAt(pos + 1) === quote && text.charCodeAt(pos + 2) === quote);
}

function skipEscaped(cursor: Cursor): void {
  const next = cursor.text.charCodeAt(cursor.pos + 1);
  if (next === Ch.Newline) cursor.line++;
  else if (next === Ch.CarriageReturn && cursor.text.charCodeAt(cursor.pos + 2) === Ch.Newline) {
    cursor.line++;
    cursor.pos++;
  }
  cursor.pos += 2;
}

/** Literal text of an f-string: `{{` is a brace, `{` opens a replacement field. */
function scanFormattedBody(cursor: Cursor, quote: number, triple: boolean, raw: boolean): boolean {
  const text = cursor.text;
  while (cursor.pos < text.length) {
    const c = text.charCodeAt(cursor.pos);
    if (c === quote && closesString(text, cursor.pos, quote, triple)) {
      cursor.pos += triple ? 3 : 1;
      return true;
    }
    if (c === Ch.OpenBrace) {
      if (text.charCodeAt(cursor.pos + 1) === Ch.OpenBrace) cursor.pos += 2;
      else if (!scanReplacementField(cursor, quote, triple)) return false;
    } else if (c === Ch.Backslash) skipFormattedEscape(cursor, raw);
    else if (c === Ch.Newline) {
      if (!triple) return false;
      cursor.line++;
      cursor.pos++;
    } else cursor.pos++;
  }
  return false;
}

/** A backslash does not escape a brace in an f-string, and `\N{NAME}` is no replacement field. */
function skipFormattedEscape(cursor: Cursor, raw: boolean): void {
  const text = cursor.text;
  const next = text.charCodeAt(cursor.pos + 1);
  if (next === Ch.OpenBrace || next === Ch.CloseBrace) cursor.pos++;
  else if (!raw && next === Ch.UpperN && text.charCodeAt(cursor.pos + 2) === Ch.OpenBrace) {
    const close = text.indexOf('}', cursor.pos + 3);
    cursor.pos = close < 0 ? text.length : close + 1;
  } else skipEscaped(cursor);
}

/** The expression part after `{`: brackets, nested strings, comments; ends at its `}` or format spec `:`. */
function scanReplacementField(cursor: Cursor, quote: number, triple: boolean): boolean {
  const text = cursor.text;
  let depth = 0;
  cursor.pos++;
  while (cursor.pos < text.length) {
    const c = text.charCodeAt(cursor.pos);
    if (isNameChar(c)) {
      if (!scanNameOrPrefixedString(cursor)) return false;
    } else if (c === Ch.SingleQuote || c === Ch.DoubleQuote) {
      if (!scanStringLiteral(cursor, 0)) return false;
    } else if (c === Ch.CloseBrace && depth === 0) {
      cursor.pos++;
      return true;
    } else if (c === Ch.Colon && depth === 0) {
      cursor.pos++;
      return scanFormatSpec(cursor, quote, triple);
    } else if (c === Ch.Hash) {
      const newline = text.indexOf('\n', cursor.pos);
      cursor.pos = newline < 0 ? text.length : newline;
    } else {
      depth += bracketChange(c);
      if (c === Ch.Newline) cursor.line++;
      if (c === Ch.Backslash) skipEscaped(cursor);
      else cursor.pos++;
    }
  }
  return false;
}

function bracketChange(c: number): number {
  if (c === Ch.OpenParen || c === Ch.OpenBracket || c === Ch.OpenBrace) return 1;
  if (c === Ch.CloseParen || c === Ch.CloseBracket || c === Ch.CloseBrace) return -1;
  return 0;
}

function scanNameOrPrefixedString(cursor: Cursor): boolean {
  const text = cursor.text;
  const start = cursor.pos;
  while (cursor.pos < text.length && isNameChar(text.charCodeAt(cursor.pos))) cursor.pos++;
  const c = text.charCodeAt(cursor.pos);
  if (c !== Ch.SingleQuote && c !== Ch.DoubleQuote) return true;
  const flags = cursor.pos - start <= 2 ? stringPrefixFlags(text, start, cursor.pos) : -1;
  return flags < 0 ? true : scanStringLiteral(cursor, flags);
}

/** Format spec after `:`: literal text with nested `{…}` fields, ended by the field's `}`. */
function scanFormatSpec(cursor: Cursor, quote: number, triple: boolean): boolean {
  const text = cursor.text;
  while (cursor.pos < text.length) {
    const c = text.charCodeAt(cursor.pos);
    if (c === Ch.OpenBrace) {
      if (!scanReplacementField(cursor, quote, triple)) return false;
    } else if (c === Ch.CloseBrace) {
      cursor.pos++;
      return true;
    } else if (c === quote && closesString(text, cursor.pos, quote, triple)) {
      return failAt(cursor, cursor.line, "f-string: expecting '}'");
    } else if (c === Ch.Backslash) skipEscaped(cursor);
    else {
      if (c === Ch.Newline && !triple) return false;
      if (c === Ch.Newline) cursor.line++;
      cursor.pos++;
    }
  }
  return false;
}
