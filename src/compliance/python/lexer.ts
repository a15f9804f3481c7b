/**
 * A Python lexer over char codes that yields only what the structure scanner needs: names, numbers,
 * strings, operators and logical-line ends, with each logical line's indentation and the line on which
 * the previous logical line's last token ended. It allocates nothing per token.
 */
import {
  bracketChange,
  bracketProblem,
  continuationLength,
  indentationAt,
  isDigit,
  isNameChar,
  operatorLength,
  skipWord,
  Ch,
} from './chars.js';
import { LineMarks, opensDocstring } from './line-marks.js';
import { skipPlainRun, skipString } from './skip.js';
import { failAt, scanStringLiteral, scanWord, type Cursor } from './strings.js';

export const enum PyToken {
  Name,
  Number,
  String,
  Op,
  /** end of a logical line (a NEWLINE token in Python's terms) */
  Newline,
  End,
  Error,
}

export class PythonLexer implements Cursor {
  pos = 0;
  line = 1;
  error: string | undefined = undefined;
  /** open brackets; a line end inside brackets does not end the logical line */
  depth = 0;
  /** the current token: text range, first and last line, and for an operator its first char and length */
  start = 0;
  end = 0;
  tokenLine = 1;
  tokenEndLine = 1;
  opCode = 0;
  opLength = 0;
  /** indentation column of the current logical line, and whether the current token is its first */
  indent = 0;
  firstOnLine = false;
  /** where the last finished logical line's last token ended, and whether that token was ':' */
  lineEndLine = 0;
  lineEndedWithColon = false;
  /**
   * Set by the structure scanner once a logical line's first token has told it all it needs: the rest of
   * the line is only read for where it ends (brackets, strings, comments, continuations, a final ':').
   */
  skipRest = false;
  /** where the current logical line's last token ended, and whether it was ':' (see skip.ts) */
  lastEndLine = 0;
  lastWasColon = false;
  /** what each line holds, for the line counter */
  readonly marks = new LineMarks();
  private lineStarted = false;
  private readonly bracketCodes: number[] = [];
  private readonly bracketLines: number[] = [];

  constructor(readonly text: string) {
    if (text.charCodeAt(0) === Ch.ByteOrderMark) this.pos = 1;
    this.indent = indentationAt(text, this.pos);
  }

  /** The next token; after End or Error it keeps returning the same. */
  next(): PyToken {
    const text = this.text;
    while (this.error === undefined && this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === Ch.Space || c === Ch.Tab || c === Ch.FormFeed || c === Ch.CarriageReturn) this.pos++;
      else if (c === Ch.Newline) {
        if (this.endPhysicalLine()) return PyToken.Newline;
      } else if (c === Ch.Hash) {
        this.marks.comment(this.line);
        const newline = text.indexOf('\n', this.pos);
        this.pos = newline < 0 ? text.length : newline;
      } else if (c === Ch.Backslash) {
        const length = continuationLength(text, this.pos);
        if (length > 0) {
          this.marks.code(this.line);
          this.pos += length;
          this.line++;
        } else if (this.pos + 1 < text.length)
          failAt(this, this.line, 'unexpected character after line continuation character');
        else failAt(this, this.line, 'unexpected end of file after line continuation character');
      } else if (this.skipRest && skipPlainRun(this)) continue;
      else if (this.skipRest && (c === Ch.SingleQuote || c === Ch.DoubleQuote)) {
        if (!skipString(this)) return PyToken.Error;
      } else return this.token(c);
    }
    return this.error === undefined ? this.atEnd() : PyToken.Error;
  }

  isName(token: PyToken, word: string): boolean {
    return token === PyToken.Name && this.end - this.start === word.length && this.text.startsWith(word, this.start);
  }

  isOp(token: PyToken, code: number, length = 1): boolean {
    return token === PyToken.Op && this.opCode === code && this.opLength === length;
  }

  tokenText(): string {
    return this.text.slice(this.start, this.end);
  }

  /** True when the line end finished a logical line; blank, comment-only and bracketed lines do not. */
  private endPhysicalLine(): boolean {
    this.pos++;
    this.line++;
    if (this.depth > 0) return false;
    this.indent = indentationAt(this.text, this.pos);
    if (!this.lineStarted) return false;
    this.closeLogicalLine();
    return true;
  }

  private closeLogicalLine(): void {
    this.lineStarted = false;
    this.skipRest = false;
    this.lineEndLine = this.lastEndLine;
    this.lineEndedWithColon = this.lastWasColon;
  }

  /** A last logical line without a line end still ends; an open bracket is an error. */
  private atEnd(): PyToken {
    if (this.depth > 0) {
      const open = String.fromCharCode(this.bracketCodes[this.depth - 1] ?? 0);
      failAt(this, this.bracketLines[this.depth - 1] ?? this.line, `'${open}' was never closed`);
      return PyToken.Error;
    }
    if (!this.lineStarted) return PyToken.End;
    this.closeLogicalLine();
    return PyToken.Newline;
  }

  private token(c: number): PyToken {
    this.start = this.pos;
    this.tokenLine = this.line;
    this.firstOnLine = !this.lineStarted;
    this.lineStarted = true;
    let kind: PyToken;
    if (isDigit(c) || (c === Ch.Dot && isDigit(this.text.charCodeAt(this.pos + 1)))) {
      this.pos = skipWord(this.text, this.pos, true);
      kind = PyToken.Number;
    } else if (isNameChar(c)) {
      const word = scanWord(this);
      kind = word === 'name' ? PyToken.Name : word === 'string' ? PyToken.String : PyToken.Error;
    } else if (c === Ch.SingleQuote || c === Ch.DoubleQuote) {
      kind = scanStringLiteral(this, 0) ? PyToken.String : PyToken.Error;
    } else kind = this.scanOperator(c);
    this.end = this.pos;
    if (kind === PyToken.String && this.firstOnLine && opensDocstring(this.text, this.start))
      this.marks.docstring(this.text, this.start, this.pos, this.tokenLine);
    else this.marks.codeLines(this.tokenLine, this.line);
    this.tokenEndLine = this.line;
    this.lastEndLine = this.line;
    this.lastWasColon = kind === PyToken.Op && this.opCode === Ch.Colon && this.opLength === 1;
    return kind;
  }

  private scanOperator(c: number): PyToken {
    const change = bracketChange(c);
    if (change < 0) {
      const problem = bracketProblem(this.depth > 0 ? this.bracketCodes[this.depth - 1] : undefined, c);
      if (problem !== undefined) {
        failAt(this, this.line, problem);
        return PyToken.Error;
      }
      this.depth--;
    } else if (change > 0) {
      this.bracketCodes[this.depth] = c;
      this.bracketLines[this.depth] = this.line;
      this.depth++;
    }
    const length = operatorLength(this.text, this.pos);
    if (length === 0) {
      failAt(this, this.line, `unexpected character '${String.fromCharCode(c)}'`);
      return PyToken.Error;
    }
    this.opCode = c;
    this.opLength = length;
    this.pos += length;
    return PyToken.Op;
  }
}
