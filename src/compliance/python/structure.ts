/**
 * Finds every `def`, `async def` and `class` in Python source with the span Python's own `ast` gives:
 * from the keyword's line (decorators excluded) to the last line of the body's last statement
 * (`end_lineno`; comments and blank lines after it are not part of it).
 *
 * A single pass over the text, no Python needed: the lexer yields logical lines with their indentation,
 * and a def or class stays open until a logical line starts at its own indentation or less. It then ends
 * where the last token before that line ended. The parts: python-chars (character facts), python-strings
 * (where string literals end), python-lexer (tokens, logical lines, indentation), python-headers (what
 * def, class and decorator lines say) and this file (blocks, scopes and spans).
 *
 * Rules, mirrored by test/support/python-ast-spans.py:
 * - kind: 'method' when the innermost enclosing def/class is a class (an `if` between does not matter),
 *   else 'function'; 'enum' for a class with an `Enum`, `IntEnum`, `StrEnum`, `Flag` or `IntFlag` base,
 *   bare or dotted; else 'class'.
 * - name: qualified by the enclosing defs and classes, joined by '.' (`Outer.method`, `outer.inner`).
 * - params: positional-only, regular, keyword-only, `*args` and `**kwargs` all count; a bare `*` or `/`
 *   does not. A method's first positional parameter (self/cls) is not counted unless it is decorated
 *   `@staticmethod`.
 * - parseError: on the first syntax error the scanner finds (unterminated string or bracket, bad
 *   indentation, a malformed def/class header, a stray character) it returns no symbols, only the error
 *   with its line: spans from a file Python cannot parse would not be trustworthy. It never throws (even
 *   absurd nesting becomes a parseError), and it is not a full parser: other syntax errors go unnoticed.
 * - Lines end at '\n' ('\r\n' included); a lone '\r' is not a line break, as for the line counter.
 */
import { isStaticmethodDecorator, readClassHeader, readFunctionHeader } from './headers.js';
import { Ch } from './chars.js';
import { PyToken, PythonLexer } from './lexer.js';
import type { FileStructure, SymbolSpan } from '../analysis/symbols.js';

/**
 * Characters the line counter reads as blank and the lexer does not: control characters other than tab,
 * line feed, form feed and carriage return, no-break spaces, and a byte order mark past the start.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const BLANK_TO_THE_COUNTER_ONLY = /[\x00-\x08\x0b\x0e-\x1f\u00a0]|(?!^)\ufeff/;

interface Scope {
  readonly symbol: SymbolSpan;
  readonly indent: number;
  readonly isClass: boolean;
}

export function analyzePython(text: string): FileStructure {
  const scanner = new PythonStructureScanner(text);
  try {
    return scanner.run();
  } catch (error) {
    // Only absurd nesting (f-strings within f-strings, thousands deep) can exhaust the stack.
    if (!(error instanceof RangeError)) throw error;
    return {
      symbols: [],
      parseError: `line ${scanner.lexer.line}: nested too deeply to analyse`,
      stackExhausted: true,
    };
  }
}

class PythonStructureScanner {
  readonly lexer: PythonLexer;
  private readonly symbols: SymbolSpan[] = [];
  /** the defs and classes still open, innermost last */
  private readonly scopes: Scope[] = [];
  /** indentation columns of the open blocks, as CPython's tokenizer keeps them */
  private readonly indents: number[] = [0];
  private staticDecorated = false;
  private error: string | undefined;

  constructor(text: string) {
    this.lexer = new PythonLexer(text);
  }

  run(): FileStructure {
    const lexer = this.lexer;
    for (;;) {
      const token = lexer.next();
      if (token === PyToken.End) {
        if (lexer.lineEndedWithColon) this.fail(lexer.line, 'expected an indented block');
        this.closeScopes(-1);
      }
      if (token === PyToken.End || token === PyToken.Error) break;
      if (token !== PyToken.Newline && lexer.firstOnLine) this.statement(token);
      if (this.error !== undefined) break;
    }
    const parseError = this.error ?? lexer.error;
    if (parseError !== undefined) return { symbols: [], parseError };
    // Files with characters only the line counter reads as blank keep the line classifier's kinds.
    const text = lexer.text;
    if (BLANK_TO_THE_COUNTER_ONLY.test(text)) return { symbols: this.symbols };
    return { symbols: this.symbols, lineKinds: lexer.marks.kinds(text) };
  }

  private fail(line: number, message: string): void {
    this.error ??= this.lexer.error ?? `line ${line}: ${message}`;
  }

  /** The first token of a logical line: indentation first, then what kind of statement it starts. */
  private statement(token: PyToken): void {
    const lexer = this.lexer;
    const line = lexer.tokenLine;
    if (!this.applyIndent(line)) return;
    this.closeScopes(lexer.indent);
    if (lexer.isOp(token, Ch.At)) {
      this.staticDecorated = isStaticmethodDecorator(lexer) || this.staticDecorated;
      return;
    }
    const indent = lexer.indent;
    if (lexer.isName(token, 'def')) return this.openFunction(line, indent);
    if (lexer.isName(token, 'class')) return this.openClass(line, indent);
    if (lexer.isName(token, 'async') && lexer.isName(lexer.next(), 'def')) return this.openFunction(line, indent);
    this.staticDecorated = false;
    lexer.skipRest = true;
  }

  /** CPython's INDENT/DEDENT rules: a block opens only after a ':' line and closes to a known column. */
  private applyIndent(line: number): boolean {
    const lexer = this.lexer;
    const indent = lexer.indent;
    let top = this.indents[this.indents.length - 1] ?? 0;
    if (indent > top) {
      if (!lexer.lineEndedWithColon) this.fail(line, 'unexpected indent');
      else this.indents.push(indent);
    } else if (lexer.lineEndedWithColon) {
      this.fail(line, 'expected an indented block');
    } else {
      while (indent < top) {
        this.indents.pop();
        top = this.indents[this.indents.length - 1] ?? 0;
      }
      if (indent !== top) this.fail(line, 'unindent does not match any outer indentation level');
    }
    return this.error === undefined;
  }

  /** A logical line at `indent` ends every def/class opened at that indentation or deeper. */
  private closeScopes(indent: number): void {
    const endLine = this.lexer.lineEndLine;
    let scope = this.scopes[this.scopes.length - 1];
    while (scope !== undefined && scope.indent >= indent) {
      scope.symbol.endLine = endLine;
      this.scopes.pop();
      scope = this.scopes[this.scopes.length - 1];
    }
  }

  private openFunction(line: number, indent: number): void {
    const header = readFunctionHeader(this.lexer);
    if (typeof header === 'string') return this.fail(this.lexer.tokenLine, header);
    const inClass = this.scopes[this.scopes.length - 1]?.isClass === true;
    const dropsSelf = inClass && !this.staticDecorated && header.firstPositional;
    const params = header.params - (dropsSelf ? 1 : 0);
    this.open({ kind: inClass ? 'method' : 'function', name: header.name, line, endLine: line, params }, indent);
  }

  private openClass(line: number, indent: number): void {
    const header = readClassHeader(this.lexer);
    if (typeof header === 'string') return this.fail(this.lexer.tokenLine, header);
    this.open({ kind: header.isEnum ? 'enum' : 'class', name: header.name, line, endLine: line }, indent);
  }

  /** Records the symbol, qualified by the scope it is in, and makes it the innermost scope. */
  private open(symbol: SymbolSpan, indent: number): void {
    const parent = this.scopes[this.scopes.length - 1];
    if (parent !== undefined) symbol.name = `${parent.symbol.name}.${symbol.name}`;
    this.symbols.push(symbol);
    this.scopes.push({ symbol, indent, isClass: symbol.kind === 'class' || symbol.kind === 'enum' });
    this.staticDecorated = false;
  }
}
