/**
 * The main loop of the line counter: reads code one char code at a time and hands every comment,
 * string or literal to the scanner of its opening marker.
 */
import { scanHeredocBody } from './scan-heredoc.js';
import { BACKSLASH, NEWLINE, SPACE, isWhitespace, matchesAt, type ScanState } from './scan-state.js';

const TAB = 9;

/** Passed as `close` when the scan runs to the end of the text. */
export const TO_END = -1;

/** +1 for an opening bracket, -1 for a closing one, by char code. */
const BRACKET_STEP = new Int8Array(128);
BRACKET_STEP['('.charCodeAt(0)] = 1;
BRACKET_STEP['['.charCodeAt(0)] = 1;
BRACKET_STEP['{'.charCodeAt(0)] = 1;
BRACKET_STEP[')'.charCodeAt(0)] = -1;
BRACKET_STEP[']'.charCodeAt(0)] = -1;
BRACKET_STEP['}'.charCodeAt(0)] = -1;

/**
 * Scans code from `state.pos`. With `close` set (an interpolation such as `${…}`), it stops just past
 * the `close` char that balances `open`; otherwise it runs to the end of the text.
 */
export function scanCode(state: ScanState, close: number, open: number): void {
  const text = state.text;
  let pos = state.pos;
  let nested = 0;
  while (pos < text.length) {
    const c = text.charCodeAt(pos);
    if (c < 128 && state.syntax.plain[c] === 1) pos = skipPlainRun(state, pos);
    else if (c === NEWLINE) pos = newlineInCode(state, pos);
    else if (isWhitespace(c)) pos++;
    else if (c >= 128) state.markCode(pos++, c);
    else if (openAt(state, c, pos)) pos = state.pos;
    else if (c === close && nested === 0) {
      state.markCode(pos, c);
      state.pos = pos + 1;
      return;
    } else {
      if (c === open) nested++;
      else if (c === close) nested--;
      trackBrackets(state, c);
      state.markCode(pos++, c);
    }
  }
  state.pos = pos;
}

/**
 * Code chars that need no look of their own (letters, digits, most operators) and the spaces between
 * them, taken as one run: the line has code, and the run's last char is the last code char. This is
 * where most of a source text goes, so it is worth the special case.
 */
function skipPlainRun(state: ScanState, pos: number): number {
  const { text } = state;
  const plain = state.syntax.plain;
  let last = pos;
  let end = pos + 1;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (c < 128 && plain[c] === 1) last = end;
    else if (c !== SPACE && c !== TAB) break;
  }
  state.markCode(pos, text.charCodeAt(pos));
  if (last > pos) state.markCode(last, text.charCodeAt(last));
  return end;
}

/** Whether a comment, string or literal starts at `pos` and was scanned (`state.pos` is past it). */
function openAt(state: ScanState, c: number, pos: number): boolean {
  const candidates = state.syntax.openersByFirstChar[c];
  if (candidates === undefined) return false;
  for (const opener of candidates) {
    if (matchesAt(state.text, pos, opener.codes) && opener.scan(state, pos)) return true;
  }
  return false;
}

function trackBrackets(state: ScanState, c: number): void {
  const step = BRACKET_STEP[c] ?? 0;
  if (step > 0 || state.bracketDepth > 0) state.bracketDepth += step;
}

/**
 * Ends the line; a logical line ends too unless brackets are open or a backslash continues it. A backslash
 * continues only the line it ends (a blank or comment line after it ends the logical line, as in Python).
 */
function newlineInCode(state: ScanState, pos: number): number {
  const continued = state.lastCode === BACKSLASH && state.lastCodePos >= state.lineStart;
  state.endLine(pos);
  if (state.bracketDepth === 0 && !continued) state.statementStart = -1;
  if (state.heredocLength > 0) {
    scanHeredocBody(state, pos + 1);
    return state.pos;
  }
  return pos + 1;
}
