/**
 * Splits JavaScript source into tokens, pairing brackets (and template parts) as it goes. Anything it
 * does not model throws NotScanned: non-ASCII outside strings and comments, escapes in names,
 * unterminated literals, unbalanced brackets, U+2028/U+2029 line breaks.
 */
import { NOT_SCANNED, blockCommentEnd, hasLineBreak, isDigit, isIdentPart, isIdentStart, lineEnd } from './chars.js';
import { numberEnd, regexAllowed, regexEnd, stringEnd, templatePartEnd } from './literals.js';
import { scanPunctuator } from './punctuators.js';
import { T, W, wordId, type Tokens } from './tokens.js';

export function tokenize(text: string, tokens: Tokens): void {
  if (/[\u2028\u2029]/.test(text)) throw NOT_SCANNED;
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
    if (text.startsWith('#!', this.pos)) this.pos = lineEnd(text, this.pos);
    for (this.skipTrivia(); this.pos < text.length; this.skipTrivia()) this.scanToken();
    if (this.opens.length > 0) throw NOT_SCANNED;
    tokens.push(T.End, text.length, text.length, 1, W.Name);
  }

  /** Adds the token text[start, end) and moves past it. */
  private pushTo(kind: number, start: number, end: number, word: number = W.Name): number {
    this.pos = end;
    const index = this.tokens.push(kind, start, end, this.newline, word);
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
      } else if (c === 47 && text.charCodeAt(this.pos + 1) === 47) this.pos = lineEnd(text, this.pos);
      else if (c === 47 && text.charCodeAt(this.pos + 1) === 42) {
        const end = blockCommentEnd(text, this.pos);
        if (hasLineBreak(text, this.pos, end)) this.newline = 1;
        this.pos = end;
      } else return;
    }
  }

  private scanToken(): void {
    const { text, pos } = this;
    const c = text.charCodeAt(pos);
    if (isIdentStart(c)) return this.scanWord(T.Word, pos);
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(pos + 1))))
      return void this.pushTo(T.Num, pos, numberEnd(text, pos));
    if (c === 34 || c === 39) return void this.pushTo(T.Str, pos, stringEnd(text, pos));
    if (c === 96) return this.scanTemplate(pos, pos + 1, T.Template, T.TemplateHead);
    if (c === 35 && isIdentStart(text.charCodeAt(pos + 1))) return this.scanWord(T.Private, pos + 1);
    if (c === 47 && regexAllowed(this.tokens, text)) return void this.pushTo(T.Regex, pos, regexEnd(text, pos));
    if (c === 125) return this.closeBrace();
    const punctuator = scanPunctuator(text, pos);
    if (punctuator < 0) throw NOT_SCANNED;
    const kind = punctuator & 0xff;
    const index = this.pushTo(kind, pos, pos + (punctuator >> 8));
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

  /** A `}`: the end of a block or object, or of a template substitution (then the template goes on). */
  private closeBrace(): void {
    const open = this.opens[this.opens.length - 1];
    if (open === undefined) throw NOT_SCANNED;
    const kind = this.tokens.kind[open];
    const start = this.pos;
    if (kind === T.TemplateHead || kind === T.TemplateMiddle)
      return this.scanTemplate(start, start + 1, T.TemplateTail, T.TemplateMiddle);
    this.close(this.pushTo(T.RBrace, start, start + 1), T.LBrace);
  }

  /** A name or keyword (or, after `#`, a private name) whose first letter is at `from`. */
  private scanWord(kind: number, from: number): void {
    const text = this.text;
    let end = from + 1;
    while (isIdentPart(text.charCodeAt(end))) end++;
    const next = text.charCodeAt(end);
    if (next === 92 || next >= 128) throw NOT_SCANNED; // escapes and non-ASCII names: the compiler's
    this.pushTo(kind, this.pos, end, kind === T.Word ? wordId(text.slice(from, end)) : W.Name);
  }

  /** A template part from `start` (its backtick or `}`), scanning from `from`: to a `${` or the end. */
  private scanTemplate(start: number, from: number, lastKind: number, openKind: number): void {
    const end = templatePartEnd(this.text, from);
    const opens = this.text.charCodeAt(end - 1) === 123 && this.text.charCodeAt(end - 2) === 36;
    const index = this.pushTo(opens ? openKind : lastKind, start, end);
    if (opens ? openKind === T.TemplateMiddle : lastKind === T.TemplateTail) this.close(index, T.TemplateHead);
    if (opens) this.opens.push(index);
  }
}
