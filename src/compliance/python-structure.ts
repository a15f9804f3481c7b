/**
 * Finds every `def`, `async def` and `class` in Python source with the span Python's own `ast` gives:
 * from the keyword's line (decorators excluded) to the last line of the body's last statement
 * (`end_lineno`; comments and blank lines after it are not part of it).
 *
 * A single pass over the text, no Python needed: the lexer yields logical lines with their indentation,
 * and a def or class stays open until a logical line starts at its own indentation or less. It then ends
 * where the last token before that line ended.
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
 *   with its line: spans from a file Python cannot parse would not be trustworthy. It never throws, and
 *   it is not a full parser: other syntax errors go unnoticed.
 * - Lines end at '\n' ('\r\n' included); a lone '\r' is not a line break, as for the line counter.
 */
import { hasEnumBase, countParameters, isStaticmethodDecorator, skipBracketed, skipToHeaderColon } from './python-headers.js';
import { PyToken, PythonLexer } from './python-lexer.js';
import type { FileStructure, SymbolSpan } from './types.js';

const enum Ch {
  OpenParen = 40,
  Colon = 58,
  At = 64,
  OpenBracket = 91,
}

interface Scope {
  readonly symbol: SymbolSpan;
  readonly indent: number;
  readonly isClass: boolean;
}

export function analyzePython(text: string): FileStructure {
  return new PythonStructureScanner(text).run();
}

class PythonStructureScanner {
  private readonly lexer: PythonLexer;
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
      if (token === PyToken.End) this.finish();
      if (token === PyToken.End || token === PyToken.Error) break;
      if (token !== PyToken.Newline && lexer.firstOnLine) this.statement(token);
      if (this.error !== undefined) break;
    }
    const parseError = this.error ?? lexer.error;
    return parseError === undefined ? { symbols: this.symbols } : { symbols: [], parseError };
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
    if (lexer.isName(token, 'def')) return this.functionDef(line);
    if (lexer.isName(token, 'class')) return this.classDef(line);
    if (lexer.isName(token, 'async') && lexer.isName(lexer.next(), 'def')) return this.functionDef(line);
    this.staticDecorated = false;
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

  private finish(): void {
    if (this.lexer.lineEndedWithColon) this.fail(this.lexer.line, 'expected an indented block');
    this.closeScopes(-1);
  }

  private functionDef(line: number): void {
    const lexer = this.lexer;
    const indent = lexer.indent;
    const name = this.headerName(line);
    if (name === undefined) return;
    if (!lexer.isOp(this.afterTypeParameters(), Ch.OpenParen)) return this.fail(line, "expected '(' after the name");
    const parameters = countParameters(lexer);
    if (parameters === undefined) return this.fail(line, 'invalid parameter list');
    if (!skipToHeaderColon(lexer)) return this.fail(lexer.tokenLine, "expected ':'");
    const parent = this.scopes[this.scopes.length - 1];
    const inClass = parent?.isClass === true;
    const dropsSelf = inClass && !this.staticDecorated && parameters.firstPositional;
    const params = parameters.count - (dropsSelf ? 1 : 0);
    const kind = inClass ? 'method' : 'function';
    this.open({ kind, name: qualify(parent, name), line, endLine: line, params }, indent, false);
  }

  private classDef(line: number): void {
    const lexer = this.lexer;
    const indent = lexer.indent;
    const name = this.headerName(line);
    if (name === undefined) return;
    let token = this.afterTypeParameters();
    let isEnum = false;
    if (lexer.isOp(token, Ch.OpenParen)) {
      const enumBase = hasEnumBase(lexer);
      if (enumBase === undefined) return this.fail(line, 'invalid class bases');
      isEnum = enumBase;
      token = lexer.next();
    }
    if (!lexer.isOp(token, Ch.Colon)) return this.fail(lexer.tokenLine, "expected ':'");
    const parent = this.scopes[this.scopes.length - 1];
    const kind = isEnum ? 'enum' : 'class';
    this.open({ kind, name: qualify(parent, name), line, endLine: line }, indent, true);
  }

  private headerName(line: number): string | undefined {
    if (this.lexer.next() === PyToken.Name) return this.lexer.tokenText();
    this.fail(line, 'expected a name after def or class');
    return undefined;
  }

  /** The token after a def's or class's name, past type parameters (`def f[T](…)`) when present. */
  private afterTypeParameters(): PyToken {
    const token = this.lexer.next();
    if (!this.lexer.isOp(token, Ch.OpenBracket)) return token;
    return skipBracketed(this.lexer) ? this.lexer.next() : PyToken.Error;
  }

  private open(symbol: SymbolSpan, indent: number, isClass: boolean): void {
    this.symbols.push(symbol);
    this.scopes.push({ symbol, indent, isClass });
    this.staticDecorated = false;
  }
}

function qualify(parent: Scope | undefined, name: string): string {
  return parent === undefined ? name : `${parent.symbol.name}.${name}`;
}
