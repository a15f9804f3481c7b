/** What the structure analysers (Python, TypeScript) find, and how the rules tell the kinds apart. */

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
  /** the kind of every line, when the analyser's own pass over the text found them (Python's does) */
  lineKinds?: Uint8Array;
  /** set when the file could not be parsed; lines are still counted, the file is reported as unparseable */
  parseError?: string;
  /**
   * Set when nesting exhausted the stack. Stack sizes differ between threads, so the file is analysed again on
   * a thread with the analysis stack size: the same file gets the same answer whichever thread met it first.
   */
  stackExhausted?: true;
}

const FUNCTION_KINDS = new Set(['function', 'method', 'constructor', 'accessor']);
const ANONYMOUS = '<anonymous>';

export const isFunction = (s: SymbolSpan): boolean => FUNCTION_KINDS.has(s.kind);
// An inline callback is part of the function around it, not a unit of its own: it is measured for
// length, but only named functions count towards functions-per-file.
export const isNamedFunction = (s: SymbolSpan): boolean => isFunction(s) && !s.name.endsWith(ANONYMOUS);
export const isClass = (s: SymbolSpan): boolean => s.kind === 'class';
export const isEnum = (s: SymbolSpan): boolean => s.kind === 'enum';
