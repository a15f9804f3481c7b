/**
 * Splits JavaScript source into tokens, pairing brackets as it goes. Whether a `/` starts a regular
 * expression is guessed from the token before, as most tools do; the parser checks every guess (a regex
 * where an operator belongs, or a division where an operand does, sends the file to the compiler).
 * Anything this tokenizer does not model (non-ASCII outside strings and comments, escapes in names,
 * unterminated literals, unbalanced brackets, U+2028/U+2029 line breaks) throws NotScanned.
 */
import { NotScanned, T, W, wordId, type Tokens } from './tokens.js';
import { scanPunctuator } from './punctuators.js';

const NOT_SCANNED = new NotScanned('not scanned');
const BACKSLASH = 92;
const BACKTICK = 96;

/** What a `/` after a word starts: a regular expression after these (`return /x/`), else a division. */
const REGEX_AFTER_WORDS = new Set<number>([W.Return, W.Prefix, W.In, W.Of, W.New, W.Throw, W.Case, W.Do]);
for (const word of [W.Else, W.Yield, W.Extends]) REGEX_AFTER_WORDS.add(word);
/** Token kinds that end an operand: a `/` after them divides. */
const OPERAND_ENDS = new Set<number>([T.Num, T.Str, T.Regex, T.Template, T.TemplateTail, T.Private]);
for (const kind of [T.RParen, T.RBracket, T.RBrace, T.Update]) OPERAND_ENDS.add(kind);

const isIdentStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36;
const isIdentPart = (c: number): boolean => isIdentStart(c) || (c >= 48 && c <= 57);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export function tokenize(text: string, tokens: Tokens): void {
  if (text.includes('\u2028') || text.includes('\u2029')) throw NOT_SCANNED;
  new Lexer(text, tokens).run();
}

class Lexer {
  private pos = 0;
  private newline = 0;
  /** open brackets and template heads, innermost last */
  private readonly opens: number[] = [];

  constructor(
    private readonly text: string,
    private readonly tokens: Tokens,
  ) {}

  run(): void {
    const { text, tokens } = this;
    tokens.reset();
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
    if (text.startsWith('#!', this.pos)) this.skipLine();
    for (this.skipTrivia(); this.pos < text.length; this.skipTrivia()) this.scanToken();
    if (this.opens.length > 0) throw NOT_SCANNED;
    tokens.push(T.End, text.length, text.length, 1, W.Name);
  }

  private push(kind: number, start: number, word: number = W.Name): number {
    const index = this.tokens.push(kind, start, this.pos, this.newline, word);
    this.newline = 0;
    return index;
  }

  private skipTrivia(): void {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff) this.pos++;
      else if (c === 10 || c === 13) {
        this.newline = 1;
        this.pos++;
      } else if (c === 47 && text.charCodeAt(this.pos + 1) === 47) this.skipLine();
      else if (c === 47 && text.charCodeAt(this.pos + 1) === 42) this.skipBlockComment();
      else return;
    }
  }

  private skipLine(): void {
    const text = this.text;
    let pos = this.pos;
    while (pos < text.length && text.charCodeAt(pos) !== 10 && text.charCodeAt(pos) !== 13) pos++;
    this.pos = pos;
  }

  private skipBlockComment(): void {
    const close = this.text.indexOf('*/', this.pos + 2);
    if (close === -1) throw NOT_SCANNED;
    const lf = this.text.indexOf('\n', this.pos);
    const cr = this.text.indexOf('\r', this.pos);
    if ((lf !== -1 && lf < close) || (cr !== -1 && cr < close)) this.newline = 1;
    this.pos = close + 2;
  }

  private scanToken(): void {
    const c = this.text.charCodeAt(this.pos);
    if (isIdentStart(c)) return this.scanWord();
    if (isDigit(c) || (c === 46 && isDigit(this.text.charCodeAt(this.pos + 1)))) return this.scanNumber();
    if (c === 34 || c === 39) return this.scanString(c);
    if (c === BACKTICK) return this.scanTemplate(this.pos++, T.Template, T.TemplateHead);
    if (c === 35 && isIdentStart(this.text.charCodeAt(this.pos + 1))) return this.scanPrivateName();
    if (c === 47 && this.regexAllowed()) return this.scanRegex();
    if (c === 125) return this.closeBrace();
    const start = this.pos;
    const punctuator = scanPunctuator(this.text, start);
    if (punctuator < 0) throw NOT_SCANNED;
    const kind = punctuator & 0xff;
    this.pos += punctuator >> 8;
    const index = this.push(kind, start);
    if (kind === T.LParen || kind === T.LBracket || kind === T.LBrace) this.opens.push(index);
    else if (kind === T.RParen || kind === T.RBracket) this.close(index, kind === T.RParen ? T.LParen : T.LBracket);
  }

  /** Pairs a closing token with the innermost open one, which must be of `openKind` (or a template part). */
  private close(index: number, openKind: number): void {
    const open = this.opens.pop();
    if (open === undefined) throw NOT_SCANNED;
    const kind = this.tokens.kind[open];
    const template = openKind === T.TemplateHead && kind === T.TemplateMiddle;
    if (kind !== openKind && !template) throw NOT_SCANNED;
    this.tokens.match[open] = index;
    this.tokens.match[index] = open;
  }

  private closeBrace(): void {
    const open = this.opens[this.opens.length - 1];
    if (open === undefined) throw NOT_SCANNED;
    const kind = this.tokens.kind[open];
    if (kind === T.TemplateHead || kind === T.TemplateMiddle)
      return this.scanTemplate(this.pos++, T.TemplateTail, T.TemplateMiddle);
    this.pos++;
    this.close(this.push(T.RBrace, this.pos - 1), T.LBrace);
  }

  private scanWord(): void {
    const text = this.text;
    const start = this.pos;
    let pos = start + 1;
    while (isIdentPart(text.charCodeAt(pos))) pos++;
    const next = text.charCodeAt(pos);
    if (next === BACKSLASH || next >= 128) throw NOT_SCANNED; // escapes and non-ASCII names: the compiler's
    this.pos = pos;
    this.push(T.Word, start, wordId(text.slice(start, pos)));
  }

  private scanPrivateName(): void {
    const start = this.pos++;
    this.scanWord();
    this.tokens.kind[this.tokens.count - 1] = T.Private;
    this.tokens.start[this.tokens.count - 1] = start;
  }

  private scanNumber(): void {
    const text = this.text;
    const start = this.pos;
    const prefix = text.charCodeAt(start) === 48 ? text.charCodeAt(start + 1) | 32 : 0;
    const radix = prefix === 120 || prefix === 111 || prefix === 98; // 0x 0o 0b
    let pos = radix ? start + 2 : start;
    while (isDigit(text.charCodeAt(pos)) || text.charCodeAt(pos) === 95 || (radix && isHexLetter(text.charCodeAt(pos))))
      pos++;
    if (!radix) pos = this.fractionAndExponent(pos);
    if (text.charCodeAt(pos) === 110) pos++; // BigInt
    if (isIdentPart(text.charCodeAt(pos)) || text.charCodeAt(pos) >= 128) throw NOT_SCANNED;
    this.pos = pos;
    this.push(T.Num, start);
  }

  private fractionAndExponent(from: number): number {
    const text = this.text;
    let pos = from;
    if (text.charCodeAt(pos) === 46) for (pos++; isDigit(text.charCodeAt(pos)) || text.charCodeAt(pos) === 95; pos++);
    if ((text.charCodeAt(pos) | 32) !== 101) return pos;
    pos++;
    if (text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) pos++;
    if (!isDigit(text.charCodeAt(pos))) throw NOT_SCANNED;
    while (isDigit(text.charCodeAt(pos)) || text.charCodeAt(pos) === 95) pos++;
    return pos;
  }

  private scanString(quote: number): void {
    const text = this.text;
    const start = this.pos;
    let pos = start + 1;
    for (let c = text.charCodeAt(pos); c !== quote; c = text.charCodeAt(pos)) {
      if (c === 10 || c === 13 || pos >= text.length) throw NOT_SCANNED;
      if (c !== BACKSLASH) pos++;
      else pos += text.charCodeAt(pos + 1) === 13 && text.charCodeAt(pos + 2) === 10 ? 3 : 2;
    }
    this.pos = pos + 1;
    this.push(T.Str, start);
  }

  /** From just past a backtick or a substitution's `}`: the template part up to the next `${` or backtick. */
  private scanTemplate(start: number, lastKind: number, openKind: number): void {
    const text = this.text;
    let pos = this.pos;
    for (let c = text.charCodeAt(pos); c !== BACKTICK; c = text.charCodeAt(pos)) {
      if (pos >= text.length) throw NOT_SCANNED;
      if (c === BACKSLASH) pos += 2;
      else if (c === 36 && text.charCodeAt(pos + 1) === 123) return this.openSubstitution(start, pos + 2, openKind);
      else pos++;
    }
    this.pos = pos + 1;
    const index = this.push(lastKind, start);
    if (lastKind === T.TemplateTail) this.close(index, T.TemplateHead);
  }

  private openSubstitution(start: number, end: number, kind: number): void {
    this.pos = end;
    const index = this.push(kind, start);
    if (kind === T.TemplateMiddle) this.close(index, T.TemplateHead);
    this.opens.push(index);
  }

  private regexAllowed(): boolean {
    const { tokens } = this;
    const last = tokens.count - 1;
    if (last < 0) return true;
    const kind = tokens.kind[last]!;
    if (kind !== T.Word) return !OPERAND_ENDS.has(kind);
    const afterDot = last > 0 && (tokens.kind[last - 1] === T.Dot || tokens.kind[last - 1] === T.QuestionDot);
    return !afterDot && REGEX_AFTER_WORDS.has(tokens.word[last]!);
  }

  private scanRegex(): void {
    const text = this.text;
    const start = this.pos;
    let pos = start + 1;
    let inClass = false;
    for (let c = text.charCodeAt(pos); inClass || c !== 47; c = text.charCodeAt(pos)) {
      if (c === 10 || c === 13 || pos >= text.length) throw NOT_SCANNED;
      if (c === BACKSLASH) pos++;
      else if (c === 91) inClass = true;
      else if (c === 93) inClass = false;
      pos++;
    }
    for (pos++; isIdentPart(text.charCodeAt(pos)); pos++);
    this.pos = pos;
    this.push(T.Regex, start);
  }
}

const isHexLetter = (c: number): boolean => (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
