/**
 * String literals described by a `StringSyntax`: escapes, doubled quotes, one-line and multi-line
 * strings, interpolation (`${…}` holds code, which may hold strings and comments of its own) and
 * Python docstrings, which are read like strings but count as comment lines.
 */
import type { StringSyntax } from '../languages/language.js';
import { scanCode } from './scan-code.js';
import {
  BACKSLASH,
  CARRIAGE_RETURN,
  NEWLINE,
  charCodes,
  isWhitespace,
  matchesAt,
  type OpenerScan,
  type ScanState,
} from './scan-state.js';

/** Deeper interpolation than this is read as plain string text (guards the recursion). */
const MAX_INTERPOLATION_DEPTH = 32;

interface Interpolation {
  readonly codes: readonly number[];
  /** the bracket that opens with the marker and the one that closes the code */
  readonly open: number;
  readonly close: number;
}

interface StringBody {
  readonly close: readonly number[];
  readonly escapes: boolean;
  readonly doubled: boolean;
  readonly multiline: boolean;
  readonly interpolations: readonly Interpolation[];
}

const CLOSING_BRACKET: Readonly<Record<string, string>> = { '{': '}', '(': ')', '[': ']' };

function compileInterpolation(open: string): Interpolation {
  const bracket = open.charAt(open.length - 1);
  const closing = CLOSING_BRACKET[bracket];
  if (closing === undefined) throw new Error(`interpolation ${open} must end with an opening bracket`);
  return { codes: charCodes(open), open: bracket.charCodeAt(0), close: closing.charCodeAt(0) };
}

/** Builds the scanner for one kind of string; its marker has already matched at `pos`. */
export function stringScanner(syntax: StringSyntax): OpenerScan {
  const body: StringBody = {
    close: charCodes(syntax.close),
    escapes: syntax.escapes === true,
    doubled: syntax.doubled === true,
    multiline: syntax.multiline === true,
    interpolations: (syntax.interpolations ?? []).map((i) => compileInterpolation(i.open)),
  };
  const openLength = syntax.open.length;
  const quote = syntax.close.charCodeAt(syntax.close.length - 1);
  const docstring = syntax.docstring === true;
  return (state, pos) => {
    if (docstring && startsStatement(state, pos)) {
      scanDocstring(state, pos, openLength, body);
      return true;
    }
    state.markCode(pos, quote);
    scanStringBody(state, pos + openLength, body, false);
    state.lastCode = quote;
    return true;
  };
}

/**
 * Reads a string's content from `from` up to and including its close marker. `asComment` reads a
 * docstring: its text marks lines as comment, not code.
 */
function scanStringBody(state: ScanState, from: number, body: StringBody, asComment: boolean): void {
  const text = state.text;
  let pos = from;
  let continued = false; // a backslash right before the newline continues a one-line string
  while (pos < text.length) {
    const c = text.charCodeAt(pos);
    if (asComment && !isWhitespace(c)) state.hasComment = true;
    if (c === NEWLINE) {
      if (!body.multiline && !continued) break; // unterminated: a one-line string ends with its line
      state.endLine(pos++);
      if (!asComment) state.hasCode = true;
      continued = false;
    } else if (c === body.close[0] && matchesAt(text, pos, body.close)) {
      pos += body.close.length;
      if (!body.doubled || !matchesAt(text, pos, body.close)) break;
      pos += body.close.length;
    } else if (body.interpolations.length > 0 && interpolate(state, pos, body.interpolations)) {
      pos = state.pos;
    } else if (c === BACKSLASH && body.escapes) {
      const next = text.charCodeAt(pos + 1);
      continued = next === NEWLINE || next === CARRIAGE_RETURN;
      pos += continued ? 1 : 2;
    } else {
      pos++;
    }
  }
  state.pos = Math.min(pos, text.length);
}

/** Scans the code of an interpolation starting at `pos`, if one starts there. */
function interpolate(state: ScanState, pos: number, interpolations: readonly Interpolation[]): boolean {
  if (state.interpolationDepth >= MAX_INTERPOLATION_DEPTH) return false;
  for (const interpolation of interpolations) {
    if (!matchesAt(state.text, pos, interpolation.codes)) continue;
    state.interpolationDepth++;
    state.pos = pos + interpolation.codes.length;
    state.lastCode = interpolation.open; // an operand comes next: `${/re/.test(s)}`
    scanCode(state, interpolation.close, interpolation.open);
    state.interpolationDepth--;
    return true;
  }
  return false;
}

const PREFIXES = new Set(['r', 'R', 'u', 'U'].map((p) => p.charCodeAt(0)));

/**
 * A docstring is a string that is a statement on its own: nothing but an `r` or `u` prefix before it on
 * its logical line, outside brackets. Whether code follows it on its closing line is settled when that
 * line ends (see `ScanState.endLine`).
 */
function startsStatement(state: ScanState, pos: number): boolean {
  if (state.bracketDepth !== 0 || state.interpolationDepth !== 0) return false;
  const start = state.statementStart;
  if (start < 0) return true;
  if (pos - start > 1) return false;
  for (let i = start; i < pos; i++) {
    if (!PREFIXES.has(state.text.charCodeAt(i))) return false;
  }
  return true;
}

function scanDocstring(state: ScanState, pos: number, openLength: number, body: StringBody): void {
  const firstLine = state.line;
  if (state.statementStart >= 0)
    state.hasCode = false; // the prefix letter is part of the docstring
  else state.statementStart = pos;
  state.hasComment = true;
  scanStringBody(state, pos + openLength, body, true);
  state.docstringLine = firstLine;
  state.lastCode = body.close[0] ?? 0;
}
