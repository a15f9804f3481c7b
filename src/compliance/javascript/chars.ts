/** Character classes and comments for the JavaScript tokenizer (ASCII only: other text is the compiler's). */
import { NotScanned } from './tokens.js';

export const NOT_SCANNED = new NotScanned('not scanned');

export const isIdentStart = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36;
export const isIdentPart = (c: number): boolean => isIdentStart(c) || (c >= 48 && c <= 57);
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isHexLetter = (c: number): boolean => (c >= 97 && c <= 102) || (c >= 65 && c <= 70);

/** Where a line comment (or a `#!` line) starting at `pos` ends: at its line break, not past it. */
export function lineEnd(text: string, pos: number): number {
  let end = pos;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return end;
}

/** Where the block comment starting at `pos` ends (past its `*∕`); an unterminated one is not scanned. */
export function blockCommentEnd(text: string, pos: number): number {
  const close = text.indexOf('*/', pos + 2);
  if (close === -1) throw NOT_SCANNED;
  return close + 2;
}

/** Whether text[from, to) holds a line break (a comment that spans lines ends a line for semicolon insertion). */
export function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let pos = from; pos < to; pos++) {
    const c = text.charCodeAt(pos);
    if (c === 10 || c === 13) return true;
  }
  return false;
}
