/**
 * The vocabulary of the JavaScript scanner: token kinds, the words it tells apart, and the token list
 * (parallel typed arrays, reused from file to file: a token list per file would cost more than the scan).
 */

/** Token kinds. Punctuators the structure depends on have their own kind; other operators share one. */
export const T = {
  End: 0,
  Word: 1,
  Num: 2,
  Str: 3,
  Regex: 4,
  Template: 5, // `…` without substitutions
  TemplateHead: 6, // `…${
  TemplateMiddle: 7, // }…${
  TemplateTail: 8, // }…`
  Private: 9, // #name
  LParen: 10,
  RParen: 11,
  LBracket: 12,
  RBracket: 13,
  LBrace: 14,
  RBrace: 15,
  Semi: 16,
  Comma: 17,
  Colon: 18,
  Question: 19,
  QuestionDot: 20,
  Dot: 21,
  Arrow: 22,
  Assign: 23, // =
  CompoundAssign: 24, // += -= **= &&= …
  SlashAssign: 25, // /= (a regex where an operand is expected)
  Ellipsis: 26,
  Star: 27,
  Slash: 28,
  Update: 29, // ++ --
  PlusMinus: 30, // + - (prefix or binary)
  Bang: 31, // ! (prefix; a TypeScript non-null assertion after an operand)
  Tilde: 32,
  LessThan: 33, // < (where an operand is expected: JSX)
  Binary: 34, // every other binary operator
  At: 35, // @ (decorators)
} as const;

/** Words the scanner must recognise; every other identifier or keyword is W.Name. */
export const W = {
  Name: 0,
  Function: 1,
  Class: 2,
  Async: 3,
  Var: 4,
  Let: 5,
  Const: 6,
  If: 7,
  Else: 8,
  For: 9,
  While: 10,
  Do: 11,
  Switch: 12,
  Case: 13,
  Default: 14,
  Break: 15,
  Continue: 16,
  Return: 17,
  Throw: 18,
  Try: 19,
  Catch: 20,
  Finally: 21,
  With: 22,
  Debugger: 23,
  Import: 24,
  Export: 25,
  New: 26,
  Prefix: 27, // typeof void delete await
  Yield: 28,
  In: 29, // in instanceof
  Of: 30,
  Extends: 31,
  Static: 32,
  Get: 33,
  Set: 34,
  From: 35,
  Enum: 36,
  TypeScriptOnly: 37, // words that open TypeScript-only syntax when a name follows on the same line
  Literal: 38, // this super null true false
} as const;

const WORDS = new Map<string, number>([
  ['function', W.Function],
  ['class', W.Class],
  ['async', W.Async],
  ['var', W.Var],
  ['let', W.Let],
  ['const', W.Const],
  ['if', W.If],
  ['else', W.Else],
  ['for', W.For],
  ['while', W.While],
  ['do', W.Do],
  ['switch', W.Switch],
  ['case', W.Case],
  ['default', W.Default],
  ['break', W.Break],
  ['continue', W.Continue],
  ['return', W.Return],
  ['throw', W.Throw],
  ['try', W.Try],
  ['catch', W.Catch],
  ['finally', W.Finally],
  ['with', W.With],
  ['debugger', W.Debugger],
  ['import', W.Import],
  ['export', W.Export],
  ['new', W.New],
  ['typeof', W.Prefix],
  ['void', W.Prefix],
  ['delete', W.Prefix],
  ['await', W.Prefix],
  ['yield', W.Yield],
  ['in', W.In],
  ['instanceof', W.In],
  ['of', W.Of],
  ['extends', W.Extends],
  ['static', W.Static],
  ['get', W.Get],
  ['set', W.Set],
  ['from', W.From],
  ['enum', W.Enum],
  // Words that open TypeScript-only syntax when a name follows them on the same line.
  ...['type', 'interface', 'declare', 'abstract', 'namespace', 'module', 'global', 'using', 'accessor', 'public']
    .concat(['private', 'protected', 'readonly', 'override'])
    .map((word): [string, number] => [word, W.TypeScriptOnly]),
  ...['this', 'super', 'null', 'true', 'false'].map((word): [string, number] => [word, W.Literal]),
]);

export const wordId = (word: string): number => WORDS.get(word) ?? W.Name;

/** Thrown wherever the scanner meets what it does not model: the file then goes to the compiler. */
export class NotScanned extends Error {}

/** The tokens of one file; `match` pairs each bracket (and template part) with the one that closes it. */
export class Tokens {
  count = 0;
  kind = new Uint8Array(1024);
  word = new Uint8Array(1024);
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  /** 1 when a line break comes between this token and the one before */
  newline = new Uint8Array(1024);
  match = new Int32Array(1024);

  reset(): void {
    this.count = 0;
  }

  push(kind: number, start: number, end: number, newline: number, word: number): number {
    if (this.count === this.kind.length) this.grow();
    const i = this.count++;
    this.kind[i] = kind;
    this.start[i] = start;
    this.end[i] = end;
    this.newline[i] = newline;
    this.word[i] = word;
    this.match[i] = -1;
    return i;
  }

  private grow(): void {
    const size = this.kind.length * 2;
    const copy = <A extends Uint8Array | Int32Array>(from: A, to: A): A => (to.set(from), to);
    this.kind = copy(this.kind, new Uint8Array(size));
    this.word = copy(this.word, new Uint8Array(size));
    this.start = copy(this.start, new Int32Array(size));
    this.end = copy(this.end, new Int32Array(size));
    this.newline = copy(this.newline, new Uint8Array(size));
    this.match = copy(this.match, new Int32Array(size));
  }
}
