/**
 * What the Python lexer met on each line, for the line counter: code, comment text, both or neither.
 * The lexer reads every character of a file once anyway; marking lines as it goes spares Python files a
 * second pass by the line classifier, which gives the same kinds by the same rules (lines/classify.ts):
 * a line with any code is code, lines inside a string that spans lines are code, a docstring's lines
 * with text are comment lines unless code follows it on its closing line, and the rest is blank.
 * test/compliance/python/line-kinds.differential.test.ts holds the two to the same answer (except in
 * PEP 701 f-strings, which only this lexer reads as Python does).
 */
import { LineKind } from '../lines/kinds.js';
import { Ch } from './chars.js';

const CODE = 1;
const COMMENT = 2;

export class LineMarks {
  private marks = new Uint8Array(1024);
  /** the lines of the last docstring, while code on its closing line can still make it code */
  private docstringFirst = -1;
  private docstringLast = -1;

  /** Code on a 1-based line. */
  code(line: number): void {
    if (line === this.docstringLast) this.docstringIsCode();
    this.mark(line, CODE);
  }

  /** Code on every line from `first` to `last` (a token that spans lines). */
  codeLines(first: number, last: number): void {
    for (let line = first; line <= last; line++) this.code(line);
  }

  comment(line: number): void {
    this.mark(line, COMMENT);
  }

  /** A docstring: text[start, end) from line `first`; its lines that hold more than whitespace are comment. */
  docstring(text: string, start: number, end: number, first: number): void {
    let line = first;
    let blank = true;
    for (let pos = start; pos < end; pos++) {
      const c = text.charCodeAt(pos);
      if (c === 10) {
        if (!blank) this.mark(line, COMMENT);
        line++;
        blank = true;
      } else if (c > 32) blank = false;
    }
    if (!blank) this.mark(line, COMMENT);
    this.docstringFirst = first;
    this.docstringLast = line;
  }

  /** One kind per line of `text`, as classifyLines gives them. */
  kinds(text: string): Uint8Array {
    let lines = text.length > 0 && !text.endsWith('\n') ? 1 : 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
    const kinds = new Uint8Array(lines);
    for (let i = 0; i < lines; i++) {
      const mark = this.marks[i + 1] ?? 0;
      kinds[i] = mark & CODE ? LineKind.Code : mark & COMMENT ? LineKind.Comment : LineKind.Blank;
    }
    return kinds;
  }

  /** Code after a docstring on its closing line: it was an expression all along, and its lines are code. */
  private docstringIsCode(): void {
    const last = this.docstringLast;
    this.docstringLast = -1;
    for (let line = this.docstringFirst; line < last; line++) this.mark(line, CODE);
  }

  private mark(line: number, bit: number): void {
    if (line >= this.marks.length) this.grow(line);
    this.marks[line]! |= bit;
  }

  private grow(line: number): void {
    const bigger = new Uint8Array(Math.max(line + 1, this.marks.length * 2));
    bigger.set(this.marks);
    this.marks = bigger;
  }
}

/**
 * A docstring, for the line counter, is a triple-quoted string that starts a statement, with no prefix
 * or an `r` or `u` one (lines/scan-strings.ts reads them the same way).
 */
export function opensDocstring(text: string, start: number): boolean {
  const prefix = text.charCodeAt(start) | 32;
  const quoteAt = prefix === Ch.LowerR || prefix === Ch.LowerU ? start + 1 : start;
  const quote = text.charCodeAt(quoteAt);
  return (
    (quote === Ch.SingleQuote || quote === Ch.DoubleQuote) &&
    text.charCodeAt(quoteAt + 1) === quote &&
    text.charCodeAt(quoteAt + 2) === quote
  );
}
