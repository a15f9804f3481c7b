/**
 * Literals that need more than a pair of markers: C-family char literals, raw strings with custom
 * delimiters (Rust, Swift, C++) and regular expression literals. Each scanner declines (returns false)
 * when the text at `pos` is not the literal after all, and the char is then read as plain code.
 */
import { BACKSLASH, CARRIAGE_RETURN, NEWLINE, isIdentifierChar, type ScanState } from './line-scan-state.js';

const SINGLE_QUOTE = 39;
const DOUBLE_QUOTE = 34;
const HASH = 35;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const SLASH = 47;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
/** `'\u{10FFFF}'` is the longest escaped char literal we expect */
const MAX_ESCAPED_CHAR = 12;
/** the last letter of the encoding prefixes `L`, `u`, `U`, `u8` that may stand before C++'s `R"` */
const CPP_RAW_PREFIX_ENDS = new Set([76, 117, 85, 56]);
/** C++ limits raw string delimiters to 16 characters */
const MAX_RAW_DELIMITER = 16;

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/**
 * `'x'`, `'\n'`, `'\''`, `'😀'` — but not a Rust lifetime (`'a`), a Scala symbol (`'sym`) or a C++14
 * digit separator (`1'000'000`), which have no closing quote right after one character.
 */
export function scanCharLiteral(state: ScanState, pos: number): boolean {
  const text = state.text;
  const next = text.charCodeAt(pos + 1);
  let end = -1;
  if (next === BACKSLASH) end = escapedCharEnd(text, pos + 2);
  else if (next !== NEWLINE && next !== SINGLE_QUOTE && text.charCodeAt(pos + 2) === SINGLE_QUOTE) end = pos + 3;
  else if (isHighSurrogate(next) && text.charCodeAt(pos + 3) === SINGLE_QUOTE) end = pos + 4;
  if (end < 0) return false;
  state.markCode(pos, SINGLE_QUOTE);
  state.pos = end;
  return true;
}

/** The offset after the quote closing an escaped char literal whose escaped char is at `from`. */
function escapedCharEnd(text: string, from: number): number {
  if (text.charCodeAt(from) === NEWLINE) return -1;
  const limit = Math.min(text.length, from + MAX_ESCAPED_CHAR);
  for (let i = from + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === SINGLE_QUOTE) return i + 1;
    if (c === NEWLINE) return -1;
  }
  return -1;
}

/** Shell `\'`, `\"`, `\#`: the escaped character is plain code; a backslash before a newline is left alone. */
export function scanBackslashEscape(state: ScanState, pos: number): boolean {
  const next = state.text.charCodeAt(pos + 1);
  if (next === NEWLINE || next === CARRIAGE_RETURN || Number.isNaN(next)) return false;
  state.markCode(pos, BACKSLASH);
  state.pos = pos + 2;
  return true;
}

/** Rust `r"…"`, `r#"…"#`, `br##"…"##`, `cr"…"`: no escapes; closes with `"` and as many `#`. */
export function scanRustRawString(state: ScanState, pos: number): boolean {
  const text = state.text;
  const before = text.charCodeAt(pos - 1);
  if (pos > 0 && isIdentifierChar(before)) {
    const bytePrefix = before === 98 || before === 99; // b"…" or c"…"
    if (!bytePrefix || (pos > 1 && isIdentifierChar(text.charCodeAt(pos - 2)))) return false;
  }
  return scanHashDelimited(state, pos, pos + 1);
}

/** Swift `#"…"#`, `##"…"##`, `#"""…"""#`: backslashes are plain; closes with `"` and as many `#`. */
export function scanSwiftRawString(state: ScanState, pos: number): boolean {
  return scanHashDelimited(state, pos, pos);
}

function scanHashDelimited(state: ScanState, pos: number, hashesFrom: number): boolean {
  const text = state.text;
  let quote = hashesFrom;
  while (text.charCodeAt(quote) === HASH) quote++;
  if (text.charCodeAt(quote) !== DOUBLE_QUOTE) return false;
  const hashes = quote - hashesFrom;
  state.markCode(pos, DOUBLE_QUOTE);
  let at = quote + 1;
  while (at < text.length) {
    const c = text.charCodeAt(at++);
    if (c === NEWLINE) inStringNewline(state, at - 1);
    else if (c === DOUBLE_QUOTE && countHashes(text, at, hashes) === hashes) {
      state.pos = at + hashes;
      return true;
    }
  }
  state.pos = text.length;
  return true;
}

function countHashes(text: string, from: number, atMost: number): number {
  let count = 0;
  while (count < atMost && text.charCodeAt(from + count) === HASH) count++;
  return count;
}

/** A newline inside a string: the next line is string content, so code. */
function inStringNewline(state: ScanState, newlinePos: number): void {
  state.endLine(newlinePos);
  state.hasCode = true;
}

/** C++ `R"(…)"`, `R"sql(…)sql"`, also after `u8`, `u`, `U`, `L`: closes with `)delimiter"`. */
export function scanCppRawString(state: ScanState, pos: number): boolean {
  const text = state.text;
  const before = text.charCodeAt(pos - 1);
  const prefixOk = pos === 0 || !isIdentifierChar(before) || CPP_RAW_PREFIX_ENDS.has(before);
  if (!prefixOk || text.charCodeAt(pos + 1) !== DOUBLE_QUOTE) return false;
  const delimiter = pos + 2;
  const paren = rawDelimiterEnd(text, delimiter);
  if (paren < 0) return false;
  state.markCode(pos, DOUBLE_QUOTE);
  scanUntilRawClose(state, paren + 1, delimiter, paren - delimiter);
  return true;
}

/** The offset of the `(` that ends a raw string delimiter starting at `from`, or -1. */
function rawDelimiterEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_RAW_DELIMITER + 1);
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN_PAREN) return i;
    if (c <= 32 || c === CLOSE_PAREN || c === BACKSLASH) return -1;
  }
  return -1;
}

function scanUntilRawClose(state: ScanState, from: number, delimiter: number, length: number): void {
  const text = state.text;
  for (let at = from; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === NEWLINE) inStringNewline(state, at);
    else if (c === CLOSE_PAREN && closesRaw(text, at + 1, delimiter, length)) {
      state.pos = at + length + 2;
      return;
    }
  }
  state.pos = text.length;
}

function closesRaw(text: string, at: number, delimiter: number, length: number): boolean {
  for (let i = 0; i < length; i++) {
    if (text.charCodeAt(at + i) !== text.charCodeAt(delimiter + i)) return false;
  }
  return text.charCodeAt(at + length) === DOUBLE_QUOTE;
}

/** JavaScript and Ruby words after which a `/` starts a regular expression rather than a division. */
const REGEX_AFTER_WORDS = [
  ...['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else'],
  ...['yield', 'await', 'if', 'unless', 'when', 'and', 'or', 'not'],
];
/** Characters after which an operand is expected, so `/` starts a regular expression. */
const REGEX_AFTER_CHARS = new Set([...'(,=:[!&|?{};+-*%<>~^'].map((c) => c.charCodeAt(0)));

/** `/…/flags` where an operand is expected; `a / b / c` stays code, and so does anything odd. */
export function scanRegexLiteral(state: ScanState, pos: number): boolean {
  if (!operandExpected(state)) return false;
  const end = regexEnd(state.text, pos + 1);
  if (end < 0) return false;
  state.markCode(pos, SLASH); // a `/` after it is a division
  state.pos = end;
  return true;
}

function operandExpected(state: ScanState): boolean {
  const last = state.lastCode;
  if (last === 0 || REGEX_AFTER_CHARS.has(last)) return true;
  if (last < 97 || last > 122) return false; // the words all end in a lower-case letter
  return REGEX_AFTER_WORDS.some((word) => endsWithWord(state.text, state.lastCodePos + 1, word));
}

function endsWithWord(text: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 0 || (start > 0 && isIdentifierChar(text.charCodeAt(start - 1)))) return false;
  return text.startsWith(word, start);
}

/** The offset after the `/` closing a regular expression body starting at `from`, or -1. */
function regexEnd(text: string, from: number): number {
  let inClass = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) return -1;
    if (c === BACKSLASH) {
      if (text.charCodeAt(i + 1) === NEWLINE) return -1;
      i++;
    } else if (c === OPEN_BRACKET) inClass = true;
    else if (c === CLOSE_BRACKET) inClass = false;
    else if (c === SLASH && !inClass) return i + 1;
  }
  return -1;
}
