/**
 * The symbols a scan finds. A symbol's own name may be settled after its body was read (`const f = () =>
 * …` names the arrow only once the arrow is known to be the whole initializer), so symbols keep their
 * enclosing symbol and their qualified names are put together at the end (structure.ts).
 */
import type { SymbolKind } from '../analysis/symbols.js';

export const ANONYMOUS = '<anonymous>';

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

export class SymbolTable {
  readonly list: FoundSymbol[] = [];
  private enclosing = -1;

  /** Starts a symbol whose first token is `startToken`; what is found until it closes belongs to it. */
  open(kind: SymbolKind, startToken: number, own?: string): number {
    const index = this.list.length;
    this.list.push({ kind, own, startToken, endToken: -1, params: undefined, parent: this.enclosing });
    this.enclosing = index;
    return index;
  }

  /** Ends a symbol at its last token. */
  close(symbol: number, endToken: number): number {
    const found = this.list[symbol]!;
    found.endToken = endToken;
    this.enclosing = found.parent;
    return symbol;
  }

  /** Names a function or class by what it is assigned to, unless it has its own name. */
  name(symbol: number, name: string | undefined): void {
    const found = this.list[symbol];
    if (found !== undefined && found.own === undefined) found.own = name;
  }
}
