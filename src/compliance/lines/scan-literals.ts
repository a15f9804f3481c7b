/**
 * C-family char literals and backslash escapes outside strings. Each scanner declines (returns false)
 * when the text at `pos` is not the literal after all, and the char is then read as plain code.
 */
import { BACKSLASH, CARRIAGE_RETURN, NEWLINE, type ScanState } from './scan-state.js';

const SINGLE_QUOTE = 39;
/** `'\u{10FFFF}'` is the longest escaped char literal we expect */
const MAX_ESCAPED_CHAR = 12;

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
