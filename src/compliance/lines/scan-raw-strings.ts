/** Raw strings with custom delimiters (Rust, Swift, C++): no escapes, and they close only on their own delimiter. */
import { BACKSLASH, NEWLINE, isIdentifierChar, type ScanState } from './scan-state.js';

const DOUBLE_QUOTE = 34;
const HASH = 35;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
/** the last letter of the encoding prefixes `L`, `u`, `U`, `u8` that may stand before C++'s `R"` */
const CPP_RAW_PREFIX_ENDS = new Set([76, 117, 85, 56]);
/** C++ limits raw string delimiters to 16 characters */
const MAX_RAW_DELIMITER = 16;

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
