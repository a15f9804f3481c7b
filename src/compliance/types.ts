/** Shared shapes of the compliance engine: what the analysers produce and the rules consume. */

/** How a line is classified by the line counter. */
export const enum LineKind {
  Blank = 0,
  Code = 1,
  Comment = 2,
}

export interface LineCounts {
  /** newline-terminated lines plus one for an unterminated last line; an empty file has 0 (as `wc -l` users expect) */
  lines: number;
  code: number;
  comment: number;
  blank: number;
}

export type SymbolKind = 'function' | 'method' | 'constructor' | 'accessor' | 'class' | 'enum';

/** A function, class or enum with its exact span, 1-based lines, first and last inclusive. */
export interface SymbolSpan {
  kind: SymbolKind;
  /** qualified where it helps: `Outer.method`, `outer.<locals>.inner` style is not used; `Outer.inner` is */
  name: string;
  line: number;
  endLine: number;
  /** named parameters, not counting a leading self/cls or a TypeScript `this` parameter; functions only */
  params?: number;
}

/** What a structure analyser found in one file. */
export interface FileStructure {
  symbols: SymbolSpan[];
  /** set when the file could not be parsed; lines are still counted, the file is reported as unparseable */
  parseError?: string;
}
