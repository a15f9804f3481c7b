/**
 * The state the JavaScript structure scanner's grammar functions share: the tokens, a cursor, and the
 * symbols found so far. A symbol's own name may be settled after its body was read (`const f = () => …`
 * names the arrow only once the arrow is known to be the whole initializer), so symbols keep their
 * enclosing symbol and their qualified names are put together at the end.
 */
import type { SymbolKind } from '../analysis/symbols.js';
import { NotScanned, T, type Tokens } from './tokens.js';

export const ANONYMOUS = '<anonymous>';
const NOT_SCANNED = new NotScanned('not scanned');

export interface FoundSymbol {
  kind: SymbolKind;
  /** its own name; undefined until an assignment names it, `<anonymous>` if none does */
  own: string | undefined;
  startToken: number;
  endToken: number;
  params: number | undefined;
  /** the enclosing symbol's index, or -1 */
  parent: number;
}

export class Parser {
  /** the current token */
  i = 0;
  readonly symbols: FoundSymbol[] = [];
  /**
   * The name an assignment to the operand just read would give (`a.b.c` gives `c`), or the string
   * token whose value it is (`a['d']`), or undefined: updated as an operand and its postfixes are read.
   */
  target: string | number | undefined;
  private enclosing = -1;

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

  /** Starts a symbol whose first token is `startToken`; what is read until `close` belongs to it. */
  open(kind: SymbolKind, startToken: number, own?: string): number {
    const index = this.symbols.length;
    this.symbols.push({ kind, own, startToken, endToken: -1, params: undefined, parent: this.enclosing });
    this.enclosing = index;
    return index;
  }

  /** Ends a symbol at the token before the cursor. */
  close(symbol: number): number {
    const found = this.symbols[symbol]!;
    found.endToken = this.i - 1;
    this.enclosing = found.parent;
    return symbol;
  }

  /** Names a function or class by what it is assigned to, unless it has its own name. */
  name(symbol: number, name: string | undefined): void {
    const found = this.symbols[symbol];
    if (found !== undefined && found.own === undefined) found.own = name;
  }
}
