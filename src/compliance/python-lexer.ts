/**
 * A Python lexer over char codes that yields only what the structure scanner needs: names, numbers,
 * strings, operators and logical-line ends, with each logical line's indentation and the line on which
 * the previous logical line's last token ended. It allocates nothing per token.
 */
import { failAt, isNameChar, scanStringLiteral, stringPrefixFlags, type Cursor } from './python-strings.js';

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

const enum Ch {
  Tab = 9,
  Newline = 10,
  FormFeed = 12,
  CarriageReturn = 13,
  Space = 32,
  Bang = 33,
  DoubleQuote = 34,
  Hash = 35,
  Dollar = 36,
  SingleQuote = 39,
  OpenParen = 40,
  CloseParen = 41,
  Star = 42,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Digit0 = 48,
  Digit9 = 57,
  Colon = 58,
  Equals = 61,
  Greater = 62,
  Question = 63,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  Backtick = 96,
  OpenBrace = 123,
  CloseBrace = 125,
  ByteOrderMark = 0xfeff,
}

function isDigit(c: number): boolean {
  return c >= Ch.Digit0 && c <= Ch.Digit9;
}

export class PythonLexer implements Cursor {
  pos = 0;
  line = 1;
  error: string | undefined = undefined;
  /** open brackets; a newline inside brackets does not end the logical line */
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
  private lastEndLine = 0;
  private lastWasColon = false;
  private lineStarted = false;
  private readonly length: number;
  private readonly bracketCodes: number[] = [];
  private readonly bracketLines: number[] = [];

  constructor(readonly text: string) {
    this.length = text.length;
    if (text.charCodeAt(0) === Ch.ByteOrderMark) this.pos = 1;
    this.measureIndent();
  }

  /** The next token; after End or Error it keeps returning the same. */
  next(): PyToken {
    if (this.error !== undefined) return PyToken.Error;
    const text = this.text;
    while (this.pos < this.length) {
      const c = text.charCodeAt(this.pos);
      if (c === Ch.Space || c === Ch.Tab || c === Ch.FormFeed || c === Ch.CarriageReturn) this.pos++;
      else if (c === Ch.Newline) {
        if (this.endPhysicalLine()) return PyToken.Newline;
      } else if (c === Ch.Hash) {
        const newline = text.indexOf('\n', this.pos);
        this.pos = newline < 0 ? this.length : newline;
      } else if (c === Ch.Backslash) {
        if (!this.joinLines()) return PyToken.Error;
      } else return this.token(c);
    }
    return this.atEnd();
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

  /** True when the newline ended a logical line; blank, comment-only and bracketed lines do not. */
  private endPhysicalLine(): boolean {
    this.pos++;
    this.line++;
    if (this.depth > 0) return false;
    const ended = this.lineStarted;
    if (ended) this.closeLogicalLine();
    this.measureIndent();
    return ended;
  }

  private closeLogicalLine(): void {
    this.lineStarted = false;
    this.lineEndLine = this.lastEndLine;
    this.lineEndedWithColon = this.lastWasColon;
  }

  /** Tabs go to the next multiple of 8 and a form feed resets the column, as in CPython's tokenizer. */
  private measureIndent(): void {
    const text = this.text;
    let column = 0;
    for (; this.pos < this.length; this.pos++) {
      const c = text.charCodeAt(this.pos);
      if (c === Ch.Space) column++;
      else if (c === Ch.Tab) column = (column & ~7) + 8;
      else if (c === Ch.FormFeed) column = 0;
      else break;
    }
    this.indent = column;
  }

  private joinLines(): boolean {
    const after = this.pos + 1;
    const c = this.text.charCodeAt(after);
    const skip = c === Ch.Newline ? 2 : c === Ch.CarriageReturn && this.text.charCodeAt(after + 1) === Ch.Newline ? 3 : 0;
    if (skip > 0) {
      this.pos += skip;
      this.line++;
      return true;
    }
    if (after >= this.length) return failAt(this, this.line, 'unexpected end of file after line continuation');
    return failAt(this, this.line, 'unexpected character after line continuation character');
  }

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
    const kind = this.scanToken(c);
    this.end = this.pos;
    this.tokenEndLine = this.line;
    this.lastEndLine = this.line;
    this.lastWasColon = kind === PyToken.Op && this.opCode === Ch.Colon && this.opLength === 1;
    return kind;
  }

  private scanToken(c: number): PyToken {
    if (isDigit(c) || (c === Ch.Dot && isDigit(this.text.charCodeAt(this.pos + 1)))) {
      this.skipNameChars(true);
      return PyToken.Number;
    }
    if (isNameChar(c)) return this.scanName();
    if (c === Ch.SingleQuote || c === Ch.DoubleQuote) return this.scanString(0);
    return this.scanOperator(c);
  }

  private skipNameChars(withDots: boolean): void {
    const text = this.text;
    let c = text.charCodeAt(this.pos);
    while (isNameChar(c) || (withDots && c === Ch.Dot)) c = text.charCodeAt(++this.pos);
  }

  private scanName(): PyToken {
    this.skipNameChars(false);
    const c = this.text.charCodeAt(this.pos);
    if ((c === Ch.SingleQuote || c === Ch.DoubleQuote) && this.pos - this.start <= 2) {
      const flags = stringPrefixFlags(this.text, this.start, this.pos);
      if (flags >= 0) return this.scanString(flags);
    }
    return PyToken.Name;
  }

  private scanString(flags: number): PyToken {
    return scanStringLiteral(this, flags) ? PyToken.String : PyToken.Error;
  }

  private scanOperator(c: number): PyToken {
    if (c === Ch.OpenParen || c === Ch.OpenBracket || c === Ch.OpenBrace) {
      this.bracketCodes[this.depth] = c;
      this.bracketLines[this.depth] = this.line;
      this.depth++;
    } else if (c === Ch.CloseParen || c === Ch.CloseBracket || c === Ch.CloseBrace) {
      if (!this.closeBracket(c)) return PyToken.Error;
    } else if (c === Ch.Dollar || c === Ch.Question || c === Ch.Backtick) {
      failAt(this, this.line, `invalid character '${String.fromCharCode(c)}'`);
      return PyToken.Error;
    }
    const next = this.text.charCodeAt(this.pos + 1);
    const pair =
      (next === Ch.Equals && (c === Ch.Equals || c === Ch.Colon || c === Ch.Bang)) ||
      (next === c && (c === Ch.Star || c === Ch.Slash)) ||
      (c === Ch.Minus && next === Ch.Greater);
    if (c === Ch.Bang && !pair) {
      failAt(this, this.line, "invalid syntax '!'");
      return PyToken.Error;
    }
    this.opCode = c;
    this.opLength = pair ? 2 : 1;
    this.pos += this.opLength;
    return PyToken.Op;
  }

  private closeBracket(c: number): boolean {
    const close = String.fromCharCode(c);
    if (this.depth === 0) return failAt(this, this.line, `unmatched '${close}'`);
    const open = this.bracketCodes[this.depth - 1] ?? 0;
    if (c - open !== (c === Ch.CloseParen ? 1 : 2)) {
      const message = `closing parenthesis '${close}' does not match opening parenthesis '${String.fromCharCode(open)}'`;
      return failAt(this, this.line, message);
    }
    this.depth--;
    return true;
  }
}
