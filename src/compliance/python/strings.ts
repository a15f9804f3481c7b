/**
 * Finding where a Python string literal ends: every prefix (r, b, u, f, t and their pairs), single and
 * triple quotes, escapes, and f-strings with nested replacement fields, nested strings and format specs
 * (the PEP 701 rules of Python 3.12, which also accept every f-string older Pythons accept).
 * Only the end position and the lines crossed matter here; the string's value is never built.
 */
import { bracketChange, closesString, isNameChar, skipWord, StringFlags, stringPrefixFlags, Ch } from './chars.js';

/** The scanning position the lexer shares with the string scanner. */
export interface Cursor {
  readonly text: string;
  pos: number;
  line: number;
  error: string | undefined;
}

/** Records the first error only, as `line N: message`. */
export function failAt(cursor: Cursor, line: number, message: string): false {
  cursor.error ??= `line ${line}: ${message}`;
  return false;
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

/** A name at `cursor.pos`, or a string when the name is a prefix right before a quote. Undefined: bad string. */
export function scanWord(cursor: Cursor): 'name' | 'string' | undefined {
  const start = cursor.pos;
  cursor.pos = skipWord(cursor.text, start, false);
  const c = cursor.text.charCodeAt(cursor.pos);
  if ((c !== Ch.SingleQuote && c !== Ch.DoubleQuote) || cursor.pos - start > 2) return 'name';
  const flags = stringPrefixFlags(cursor.text, start, cursor.pos);
  if (flags < 0) return 'name';
  return scanStringLiteral(cursor, flags) ? 'string' : undefined;
}

/** The hot loop (docstrings): locals only. A backslash keeps the next character, a line end included. */
function scanPlainBody(cursor: Cursor, quote: number, triple: boolean): boolean {
  const text = cursor.text;
  const length = text.length;
  let pos = cursor.pos;
  let line = cursor.line;
  let closed = false;
  while (pos < length) {
    const c = text.charCodeAt(pos++);
    if (c === quote) {
      closed = !triple || (text.charCodeAt(pos) === quote && text.charCodeAt(pos + 1) === quote);
      if (closed) break;
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
  cursor.pos = closed && triple ? pos + 2 : pos;
  cursor.line = line;
  return closed;
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

/** The expression after `{`: brackets, nested strings, comments; ends at its `}` or its format spec's `:`. */
function scanReplacementField(cursor: Cursor, quote: number, triple: boolean): boolean {
  const text = cursor.text;
  let depth = 0;
  cursor.pos++;
  while (cursor.pos < text.length) {
    const c = text.charCodeAt(cursor.pos);
    if (isNameChar(c)) {
      if (scanWord(cursor) === undefined) return false;
    } else if (c === Ch.SingleQuote || c === Ch.DoubleQuote) {
      if (!scanStringLiteral(cursor, 0)) return false;
    } else if ((c === Ch.CloseBrace || c === Ch.Colon) && depth === 0) {
      cursor.pos++;
      return c === Ch.CloseBrace || scanFormatSpec(cursor, quote, triple);
    } else if (c === Ch.Hash) {
      const newline = text.indexOf('\n', cursor.pos);
      cursor.pos = newline < 0 ? text.length : newline;
    } else if (c === Ch.Backslash) skipEscaped(cursor);
    else {
      depth += bracketChange(c);
      if (c === Ch.Newline) cursor.line++;
      cursor.pos++;
    }
  }
  return false;
}

/** A format spec after `:`: literal text with nested `{…}` fields, ended by the field's `}`. */
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
