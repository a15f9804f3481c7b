/**
 * The fast path through the rest of a statement once its first token has told the structure scanner all
 * it needs: no tokens are made, only where the logical line ends (strings and brackets still count) and
 * whether its last token was a ':'. Hand-written because it is the hot loop of a Python scan.
 */
import { Ch, isNameChar, stringPrefixFlags } from './chars.js';
import type { LineMarks } from './line-marks.js';
import { scanStringLiteral, type Cursor } from './strings.js';

/** The lexer state the fast path reads and moves. */
export interface SkippingCursor extends Cursor {
  lastEndLine: number;
  lastWasColon: boolean;
  readonly marks: LineMarks;
}

/** Chars a skipped run passes over: ASCII name chars, spaces and operators that need no look of their own. */
const PLAIN_IN_STATEMENT = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ \t+-*/%&|^~<>=.,:;@') {
  PLAIN_IN_STATEMENT[c.charCodeAt(0)] = 1;
}

/** Names, numbers, operators and the spaces between them, taken as one run; false when there is none here. */
export function skipPlainRun(cursor: SkippingCursor): boolean {
  const text = cursor.text;
  let pos = cursor.pos;
  let last = -1;
  for (; pos < text.length; pos++) {
    const c = text.charCodeAt(pos);
    if (c >= 128 || PLAIN_IN_STATEMENT[c] !== 1) break;
    if (c !== Ch.Space && c !== Ch.Tab) last = pos;
  }
  if (pos === cursor.pos) return false;
  if (last >= 0) {
    cursor.marks.code(cursor.line);
    cursor.lastEndLine = cursor.line;
    cursor.lastWasColon = text.charCodeAt(last) === Ch.Colon;
  }
  cursor.pos = pos;
  return true;
}

/** A string in a skipped run: its prefix is the (at most two) letters right before the quote. */
export function skipString(cursor: SkippingCursor): boolean {
  const text = cursor.text;
  let start = cursor.pos;
  while (start > 0 && cursor.pos - start < 2 && isNameChar(text.charCodeAt(start - 1))) start--;
  const wholeWord = start === 0 || !isNameChar(text.charCodeAt(start - 1));
  const flags = wholeWord ? stringPrefixFlags(text, start, cursor.pos) : -1;
  const firstLine = cursor.line;
  if (!scanStringLiteral(cursor, flags < 0 ? 0 : flags)) return false;
  cursor.marks.codeLines(firstLine, cursor.line);
  cursor.lastEndLine = cursor.line;
  cursor.lastWasColon = false;
  return true;
}
