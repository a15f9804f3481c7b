/** JavaScript and Ruby regular expression literals, told apart from division by what comes before them. */
import { BACKSLASH, NEWLINE, isIdentifierChar, type ScanState } from './scan-state.js';

const SLASH = 47;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

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
