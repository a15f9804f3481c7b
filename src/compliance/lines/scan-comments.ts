/**
 * Line comments and block comments. Every line a comment touches is marked as holding comment text,
 * except lines inside a block comment that hold nothing but whitespace: those stay blank.
 */
import type { BlockCommentSyntax, LineCommentSyntax } from '../languages/language.js';
import { NEWLINE, charCodes, isWhitespace, matchesAt, type OpenerScan, type ScanState } from './scan-state.js';

/** Builds the scanner for a line comment marker; the marker has already matched at `pos`. */
export function lineCommentScanner(syntax: LineCommentSyntax): OpenerScan {
  const boundary = syntax.boundary === undefined ? undefined : new Set(charCodes(syntax.boundary));
  const notFollowedBy = syntax.notFollowedBy?.charCodeAt(0);
  const length = syntax.marker.length;
  const atFileStart = syntax.atFileStart === true;
  return (state, pos) => {
    if (atFileStart && pos !== 0) return false;
    if (boundary !== undefined && !atBoundary(state, pos, boundary)) return false;
    if (notFollowedBy !== undefined && state.text.charCodeAt(pos + length) === notFollowedBy) return false;
    const newline = state.text.indexOf('\n', pos);
    state.pos = newline < 0 ? state.text.length : newline;
    state.hasComment = true;
    return true;
  };
}

/** At the start of a line, after whitespace, or after one of the boundary characters. */
function atBoundary(state: ScanState, pos: number, boundary: ReadonlySet<number>): boolean {
  if (pos === state.lineStart) return true;
  const before = state.text.charCodeAt(pos - 1);
  return isWhitespace(before) || boundary.has(before);
}

interface BlockMarkers {
  readonly open: readonly number[];
  readonly close: readonly number[];
  readonly nests: boolean;
}

/** Builds the scanner for a block comment; its open marker has already matched at `pos`. */
export function blockCommentScanner(syntax: BlockCommentSyntax): OpenerScan {
  if (syntax.atLineStart === true) return lineStartBlockScanner(syntax);
  const markers: BlockMarkers = {
    open: charCodes(syntax.open),
    close: charCodes(syntax.close),
    nests: syntax.nests === true,
  };
  return (state, pos) => {
    state.hasComment = true;
    scanBlockBody(state, pos + markers.open.length, markers);
    return true;
  };
}

/** Reads a block comment's content from `from` up to and including its (balancing) close marker. */
function scanBlockBody(state: ScanState, from: number, markers: BlockMarkers): void {
  const text = state.text;
  let pos = from;
  let depth = 0;
  while (pos < text.length) {
    const c = text.charCodeAt(pos);
    if (c === NEWLINE) {
      state.endLine(pos++);
      continue;
    }
    if (!isWhitespace(c)) state.hasComment = true;
    if (c === markers.close[0] && matchesAt(text, pos, markers.close)) {
      pos += markers.close.length;
      if (depth-- === 0) break;
    } else if (markers.nests && c === markers.open[0] && matchesAt(text, pos, markers.open)) {
      pos += markers.open.length;
      depth++;
    } else {
      pos++;
    }
  }
  state.pos = pos;
}

/**
 * Ruby's `=begin` … `=end`: both markers must start a line and be followed by whitespace or the end
 * of the line; the whole `=end` line belongs to the comment.
 */
function lineStartBlockScanner(syntax: BlockCommentSyntax): OpenerScan {
  const open = charCodes(syntax.open);
  const close = charCodes(syntax.close);
  return (state, pos) => {
    const text = state.text;
    if (pos !== state.lineStart || !endsWord(text, pos + open.length)) return false;
    let lineStart = pos;
    for (;;) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline < 0 ? text.length : newline;
      if (hasText(text, lineStart, lineEnd)) state.hasComment = true;
      const closes = lineStart !== pos && matchesAt(text, lineStart, close) && endsWord(text, lineStart + close.length);
      if (newline < 0 || closes) {
        state.pos = lineEnd;
        return true;
      }
      state.endLine(newline);
      lineStart = newline + 1;
    }
  };
}

function endsWord(text: string, pos: number): boolean {
  return pos >= text.length || isWhitespace(text.charCodeAt(pos));
}

function hasText(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!isWhitespace(text.charCodeAt(i))) return true;
  }
  return false;
}
