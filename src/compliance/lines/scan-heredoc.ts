/**
 * Here-documents (shell, Ruby, PHP). The operator line goes on as code; the body, from the next line
 * to the line that holds the delimiter word, is string content, so its lines count as code even when
 * they look like comments (`# not a comment`) or hold a lone quote (`don't`).
 */
import { BACKSLASH, SPACE, type ScanState } from './scan-state.js';

const TAB = 9;
const LESS_THAN = 60;
const DASH = 45;
const TILDE = 126;
const SINGLE_QUOTE = 39;
const DOUBLE_QUOTE = 34;

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function skipBlanks(text: string, pos: number): number {
  let i = pos;
  while (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB) i++;
  return i;
}

/** Shell `<<EOF`, `<<-EOF`, `<< 'EOF'`, `<<"EOF"`, `<<\EOF`; not the here-string `<<<`. */
export function scanShellHeredoc(state: ScanState, pos: number): boolean {
  let i = pos + 2;
  if (state.text.charCodeAt(i) === LESS_THAN || state.text.charCodeAt(pos - 1) === LESS_THAN) return false;
  if (state.text.charCodeAt(i) === DASH) i++;
  return readDelimiter(state, pos, skipBlanks(state.text, i));
}

/** Ruby `<<~EOS`, `<<-EOS`, `<<EOS` (capitalised) or quoted; not `x << y` or `class << self`. */
export function scanRubyHeredoc(state: ScanState, pos: number): boolean {
  let i = pos + 2;
  const c = state.text.charCodeAt(i);
  if (c === TILDE || c === DASH) i++;
  else if (c !== SINGLE_QUOTE && c !== DOUBLE_QUOTE && !(c >= 65 && c <= 90)) return false;
  return readDelimiter(state, pos, i);
}

/** PHP heredoc `<<<EOT`, `<<< "EOT"` and nowdoc `<<<'EOT'`. */
export function scanPhpHeredoc(state: ScanState, pos: number): boolean {
  return readDelimiter(state, pos, skipBlanks(state.text, pos + 3));
}

/** Reads the delimiter word at `from`, optionally quoted, and remembers it for the next line. */
function readDelimiter(state: ScanState, pos: number, from: number): boolean {
  const text = state.text;
  const quote = text.charCodeAt(from);
  const quoted = quote === SINGLE_QUOTE || quote === DOUBLE_QUOTE || quote === BACKSLASH;
  const start = quoted ? from + 1 : from;
  let end = start;
  while (isWordChar(text.charCodeAt(end))) end++;
  const first = text.charCodeAt(start);
  if (end === start || (first >= 48 && first <= 57)) return false;
  state.markCode(pos, LESS_THAN);
  state.heredocStart = start;
  state.heredocLength = end - start;
  state.pos = quoted && text.charCodeAt(end) === quote ? end + 1 : end;
  return true;
}

/**
 * Reads the body from the line starting at `from` up to and including the delimiter word, which may
 * be indented (`<<-`, `<<~`, PHP 7.3). Leaves `state.pos` just past the word, or at the end of text.
 */
export function scanHeredocBody(state: ScanState, from: number): void {
  const text = state.text;
  let pos = from;
  while (pos < text.length) {
    state.hasCode = true;
    const word = skipBlanks(text, pos);
    if (isDelimiterAt(state, word)) {
      state.markCode(word, text.charCodeAt(word));
      state.pos = word + state.heredocLength;
      state.heredocLength = 0;
      return;
    }
    const newline = text.indexOf('\n', pos);
    if (newline < 0) break;
    state.endLine(newline);
    pos = newline + 1;
  }
  state.heredocLength = 0;
  state.pos = text.length;
}

function isDelimiterAt(state: ScanState, at: number): boolean {
  const text = state.text;
  const length = state.heredocLength;
  for (let i = 0; i < length; i++) {
    if (text.charCodeAt(at + i) !== text.charCodeAt(state.heredocStart + i)) return false;
  }
  return !isWordChar(text.charCodeAt(at + length));
}
