/**
 * The state the JavaScript structure scanner's grammar functions share: the tokens, a cursor, and the
 * symbols found so far (symbol-table.ts).
 */
import { TOP_LEVEL, type FunctionContext } from './contexts.js';
import { SymbolTable } from './symbol-table.js';
import { NOT_SCANNED } from './chars.js';
import { T, type Tokens } from './tokens.js';

export class Parser {
  /** the current token */
  i = 0;
  readonly symbols = new SymbolTable();
  /**
   * The name an assignment to the operand just read would give (`a.b.c` gives `c`), or the string
   * token whose value it is (`a['d']`), or undefined: updated as an operand and its postfixes are read.
   */
  target: string | number | undefined;
  /** the token after the last arrow function read: nothing may continue an arrow */
  arrowEnd = -1;
  /** set while a `for (var x = …` initializer is read, where `in` would start the loop's object */
  noIn = false;
  /** what `await` and `yield` are here (contexts.ts) */
  context: FunctionContext = TOP_LEVEL;

  constructor(
    readonly text: string,
    readonly tokens: Tokens,
  ) {}

  kind(offset = 0): number {
    return this.tokens.kind[this.i + offset]!;
  }

  word(offset = 0): number {
    return this.tokens.kind[this.i + offset] === T.Word ? this.tokens.word[this.i + offset]! : -1;
  }

  /** whether a line break comes before the token `offset` tokens ahead */
  newlineBefore(offset = 0): boolean {
    return this.tokens.newline[this.i + offset] === 1;
  }

  /** the index of the bracket that closes the one `offset` tokens ahead */
  closer(offset = 0): number {
    return this.tokens.match[this.i + offset]!;
  }

  tokenText(index = this.i): string {
    return this.text.slice(this.tokens.start[index], this.tokens.end[index]);
  }

  expect(kind: number): void {
    if (this.tokens.kind[this.i] !== kind) this.fail();
    this.i++;
  }

  /** Leaves the token stream at `index`, which must be where the reading stopped. */
  endAt(index: number): void {
    if (this.i !== index) this.fail();
    this.i = index + 1;
  }

  fail(): never {
    throw NOT_SCANNED;
  }
}

/**
 * The elements of a bracketed, comma-separated list (arguments, parameters, array literals and patterns),
 * the cursor on its opening bracket: each read by `element` after an optional `...`, a trailing comma
 * allowed, and holes (`[a, , b]`) where `holes` says. Returns how many elements there were.
 */
export function elementList(p: Parser, element: (p: Parser) => unknown, holes: boolean): number {
  const close = p.closer();
  let count = 0;
  for (p.i++; p.i < close; count++) {
    if (holes && p.kind() === T.Comma) {
      p.i++;
      continue;
    }
    if (p.kind() === T.Ellipsis) p.i++;
    element(p);
    if (p.i < close) p.expect(T.Comma);
  }
  p.endAt(close);
  return count;
}
