/**
 * The state of one line-counting scan: where it is in the text, what the current line holds so far,
 * and the per-line results. Scanners (code, strings, comments, literals) share it and move `pos`.
 */
import { LineKind } from './kinds.js';

/**
 * Tries to read a construct (comment, string, literal) whose marker starts at `pos`. On success it sets
 * `state.pos` just past the construct (never past a newline it did not end) and returns true; when the
 * construct does not apply there (e.g. `#` inside `$#` in shell) it changes nothing and returns false.
 */
export type OpenerScan = (state: ScanState, pos: number) => boolean;

export interface Opener {
  /** the marker's char codes, e.g. [47, 42] for `/*` */
  readonly codes: readonly number[];
  readonly scan: OpenerScan;
}

/** A language's syntax prepared for scanning: the openers that may start at each ASCII char code. */
export interface CompiledSyntax {
  /** indexed by char code < 128; longest markers first */
  readonly openersByFirstChar: readonly (readonly Opener[] | undefined)[];
  /** 1 for an ASCII char that is only code here (no marker starts with it, no bracket, no space, no line end) */
  readonly plain: Uint8Array;
}

export const NEWLINE = 10;
export const CARRIAGE_RETURN = 13;
export const SPACE = 32;
export const BACKSLASH = 92;
const BYTE_ORDER_MARK = 0xfeff;
const NO_BREAK_SPACE = 0xa0;

/** Whitespace for classification: ASCII controls and space, plus a BOM or no-break space. */
export function isWhitespace(c: number): boolean {
  return c <= SPACE || c === BYTE_ORDER_MARK || c === NO_BREAK_SPACE;
}

/** Letters, digits, `_`, `$` and anything non-ASCII: the characters that glue to an identifier. */
export function isIdentifierChar(c: number): boolean {
  if (c >= 128) return true;
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
}

/** Whether `codes` occur in `text` at `pos`. */
export function matchesAt(text: string, pos: number, codes: readonly number[]): boolean {
  for (let i = 0; i < codes.length; i++) {
    if (text.charCodeAt(pos + i) !== codes[i]) return false;
  }
  return true;
}

export function charCodes(marker: string): number[] {
  const codes: number[] = [];
  for (let i = 0; i < marker.length; i++) codes.push(marker.charCodeAt(i));
  return codes;
}

export class ScanState {
  pos = 0;
  /** index of the current line, which is also the number of lines finished */
  line = 0;
  /** offset of the current line's first character */
  lineStart = 0;
  hasCode = false;
  hasComment = false;
  /** the last code character (not in a comment) and where it was; 0 before any */
  lastCode = 0;
  lastCodePos = -1;
  /** offset of the first code character of the current logical line (Python statement), -1 if none */
  statementStart = -1;
  /** open ( [ { outside strings and comments; a logical line goes on while it is above 0 */
  bracketDepth = 0;
  /** first line of a docstring that closed on the current line, until the line ends; -1 if none */
  docstringLine = -1;
  /** the delimiter word of a here-document whose body starts at the next line; length 0 if none */
  heredocStart = -1;
  heredocLength = 0;
  /** depth of string interpolations being scanned, to bound recursion on hostile input */
  interpolationDepth = 0;
  private kinds: Uint8Array;

  constructor(
    readonly text: string,
    readonly syntax: CompiledSyntax,
  ) {
    this.kinds = new Uint8Array(Math.min(1024, text.length + 1));
  }

  /** Records code at `pos` on the current line. */
  markCode(pos: number, c: number): void {
    this.hasCode = true;
    this.lastCode = c;
    this.lastCodePos = pos;
    if (this.statementStart < 0) this.statementStart = pos;
  }

  /** Finishes the current line at the newline at `newlinePos`. */
  endLine(newlinePos: number): void {
    if (this.docstringLine >= 0) this.settleDocstring();
    if (this.line === this.kinds.length) this.grow();
    this.kinds[this.line++] = this.hasCode ? LineKind.Code : this.hasComment ? LineKind.Comment : LineKind.Blank;
    this.hasCode = false;
    this.hasComment = false;
    this.lineStart = newlinePos + 1;
  }

  /** One kind per line; an unterminated last line counts, an empty text has none. */
  finish(): Uint8Array {
    if (this.lineStart < this.text.length) this.endLine(this.text.length);
    return this.kinds.slice(0, this.line);
  }

  /** A docstring followed by code on its closing line was an expression after all: its lines are code. */
  private settleDocstring(): void {
    if (this.hasCode) this.kinds.fill(LineKind.Code, this.docstringLine, this.line);
    this.docstringLine = -1;
  }

  private grow(): void {
    const bigger = new Uint8Array(this.kinds.length * 2);
    bigger.set(this.kinds);
    this.kinds = bigger;
  }
}
