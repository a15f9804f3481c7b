/**
 * Finds the functions, methods, constructors, accessors and classes of a JavaScript file (.js, .mjs,
 * .cjs) by the rules of typescript/structure.ts, in one pass over its tokens and without the compiler:
 * loading and warming up the compiler costs more than parsing a few hundred files with it.
 *
 * It answers only where it is sure to give the compiler's answer, and gives up (undefined) otherwise:
 * on syntax it does not model (JSX, decorators, TypeScript written in a .js file, non-ASCII names,
 * escapes in keys), on a `/` whose reading it guessed wrong, and on every syntax error it notices. The
 * caller then asks the compiler, which also reports syntax errors; like the Python scanner, this one is
 * not a full parser, and a syntax error it does not notice gives it a file's symbols with no error.
 * test/compliance/javascript/structure.differential.test.ts holds it to the compiler's answers.
 */
import type { FileStructure, SymbolSpan } from '../analysis/symbols.js';
import { Parser } from './parser.js';
import { ANONYMOUS, type FoundSymbol } from './symbol-table.js';
import { statements } from './statements.js';
import { tokenize } from './tokenize.js';
import { NotScanned, Tokens } from './tokens.js';

// One token list per thread, reused: files are scanned one at a time.
const tokens = new Tokens();

export function analyzeJavaScript(text: string): FileStructure | undefined {
  try {
    tokenize(text, tokens);
    const parser = new Parser(text, tokens);
    statements(parser, tokens.count - 1);
    return { symbols: spans(parser, lineStarts(text)) };
  } catch (error) {
    // Deep nesting exhausts the stack: the compiler's answer (and its own stack handling) decides.
    if (error instanceof NotScanned || error instanceof RangeError) return undefined;
    throw error;
  }
}

/** The symbols with their qualified names and lines, in the order they start. */
function spans(parser: Parser, starts: number[]): SymbolSpan[] {
  const symbols = parser.symbols.list;
  const prefixes: string[] = [];
  const names: string[] = [];
  return symbols.map((found, index) => {
    const parent = found.parent;
    const prefix = parent < 0 ? '' : ownName(symbols[parent]!) === ANONYMOUS ? prefixes[parent]! : `${names[parent]}.`;
    prefixes.push(prefix);
    names.push(prefix + ownName(found));
    const line = lineOf(starts, parser.tokens.start[found.startToken]!);
    const endLine = lineOf(starts, parser.tokens.end[found.endToken]!);
    const span: SymbolSpan = { kind: found.kind, name: names[index]!, line, endLine };
    if (found.params !== undefined) span.params = found.params;
    return span;
  });
}

const ownName = (found: FoundSymbol): string => found.own ?? ANONYMOUS;

/** Where each line starts; `\r\n`, `\n` and a lone `\r` end a line, as for the compiler. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let pos = 0; pos < text.length; pos++) {
    const c = text.charCodeAt(pos);
    if (c === 10) starts.push(pos + 1);
    else if (c === 13) {
      if (text.charCodeAt(pos + 1) === 10) pos++;
      starts.push(pos + 1);
    }
  }
  return starts;
}

/** The 1-based line of an offset. */
function lineOf(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}
