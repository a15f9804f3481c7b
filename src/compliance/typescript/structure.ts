/**
 * Finds the functions, methods, constructors, accessors, classes and enums of a TypeScript or JavaScript
 * file (TS, TSX, JS, JSX, MJS, CJS, MTS, CTS) with their spans, from the TypeScript parser's syntax tree
 * (parsing only: no program, no type checker).
 *
 * Rules:
 * - Only code with a body is measured: overload signatures, abstract methods and `declare`d functions
 *   are skipped. Classes and enums (const and declared ones too) always count.
 * - kind: 'function' for declarations, function expressions and arrows (class-field arrows included),
 *   'method' for class and object-literal methods, 'constructor', 'accessor' for get/set.
 * - span: from the first token after the decorators (an `export`/`async`/… modifier if there is one) to
 *   the node's last token, the closing brace or the end of an arrow's expression body.
 * - name: its own name (a named function or class expression included, as JavaScript's `.name`); an
 *   arrow or unnamed function or class expression takes the name of the variable, property or assignment
 *   target it is assigned to (through parentheses, `as`, `satisfies` and `!`), else `<anonymous>`. Names are qualified by the enclosing named classes and functions, as for Python:
 *   `Class.method`, `outer.inner`, `Class.method.<anonymous>`.
 * - params: parameters without a TypeScript `this` parameter; a destructured or rest parameter is one.
 * - parseError: the parser recovers from errors, so the symbols are still returned, with the first
 *   syntax diagnostic and its line as parseError. TypeScript-only syntax in a .js file is not an error
 *   to the parser (the compiler reports it later), so it is not reported here either. Nesting deep
 *   enough to exhaust the stack gives a parseError and no symbols.
 */
import ts from 'typescript';
import type { FileStructure, SymbolKind, SymbolSpan } from '../analysis/symbols.js';

const ANONYMOUS = '<anonymous>';

const SCRIPT_KINDS: Readonly<Record<string, ts.ScriptKind>> = {
  ts: ts.ScriptKind.TS,
  mts: ts.ScriptKind.TS,
  cts: ts.ScriptKind.TS,
  tsx: ts.ScriptKind.TSX,
  js: ts.ScriptKind.JS,
  mjs: ts.ScriptKind.JS,
  cjs: ts.ScriptKind.JS,
  jsx: ts.ScriptKind.JSX,
};

/** The script kind a file's extension calls for; TypeScript when the extension is unknown. */
export function scriptKindFromExtension(fileName: string): ts.ScriptKind {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return SCRIPT_KINDS[extension] ?? ts.ScriptKind.TS;
}

export function analyzeTypeScript(text: string, fileName: string): FileStructure {
  const kind = scriptKindFromExtension(fileName);
  const symbols: SymbolSpan[] = [];
  try {
    // JSDoc is only comments to us: skipping its parse saves a third of the time on documented JavaScript.
    const options = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
    // No parent pointers (a whole extra walk of the tree): `collect` keeps the ancestors it needs itself.
    const sourceFile = ts.createSourceFile(fileName, text, options, false, kind);
    collect(sourceFile, '', { sourceFile, symbols, ancestors: [] });
    const parseError = firstParseError(sourceFile);
    return parseError === undefined ? { symbols } : { symbols, parseError };
  } catch (error) {
    // The parser is recursive: only absurd nesting (thousands of levels) can exhaust the stack.
    if (!(error instanceof RangeError)) throw error;
    return { symbols: [], parseError: 'line 1: nested too deeply to parse', stackExhausted: true };
  }
}

/** `parseDiagnostics` is internal to the compiler API but stable for years; read it defensively. */
function firstParseError(sourceFile: ts.SourceFile): string | undefined {
  const diagnostics = (sourceFile as unknown as { parseDiagnostics?: unknown }).parseDiagnostics;
  if (!Array.isArray(diagnostics) || diagnostics.length === 0) return undefined;
  const first = diagnostics[0] as ts.Diagnostic;
  const line = sourceFile.getLineAndCharacterOfPosition(first.start ?? 0).line + 1;
  return `line ${line}: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')}`;
}

/** What a walk of one file carries: the file, the symbols found so far, and the nodes above the current one. */
interface Walk {
  readonly sourceFile: ts.SourceFile;
  readonly symbols: SymbolSpan[];
  /** from the source file down to the node whose children are being visited */
  readonly ancestors: ts.Node[];
}

/**
 * Adds the symbols under `node` to `walk.symbols`, in source order. `prefix` is the qualified name of the
 * enclosing named classes and functions, with a trailing '.'.
 */
function collect(node: ts.Node, prefix: string, walk: Walk): void {
  const { sourceFile, symbols, ancestors } = walk;
  ancestors.push(node);
  ts.forEachChild(node, (child) => {
    const found = describe(child, ancestors, sourceFile);
    if (found === undefined) return collect(child, prefix, walk);
    const name = prefix + found.name;
    const line = sourceFile.getLineAndCharacterOfPosition(startPosition(child, sourceFile)).line + 1;
    const endLine = sourceFile.getLineAndCharacterOfPosition(child.end).line + 1;
    const symbol: SymbolSpan = { kind: found.kind, name, line, endLine };
    if (found.params !== undefined) symbol.params = found.params;
    symbols.push(symbol);
    collect(child, found.name === ANONYMOUS ? prefix : `${name}.`, walk);
  });
  ancestors.pop();
}

/** Where a node's first token after its decorators starts (a modifier such as `export` if it has one). */
function startPosition(node: ts.Node, sourceFile: ts.SourceFile): number {
  const decorators = ts.canHaveDecorators(node) ? ts.getDecorators(node) : undefined;
  const lastDecorator = decorators?.[decorators.length - 1];
  if (lastDecorator === undefined) return node.getStart(sourceFile);
  const firstModifier = ts.canHaveModifiers(node) ? ts.getModifiers(node)?.[0] : undefined;
  if (firstModifier !== undefined) return firstModifier.getStart(sourceFile);
  const next = node.getChildren(sourceFile).find((child) => child.pos >= lastDecorator.end);
  return (next ?? node).getStart(sourceFile);
}

interface Found {
  kind: SymbolKind;
  name: string;
  params?: number;
}

/** What kind of symbol a node is, or undefined when it is none (or has no body to measure). */
function describe(node: ts.Node, ancestors: readonly ts.Node[], sourceFile: ts.SourceFile): Found | undefined {
  if (ts.isFunctionDeclaration(node)) return withBody(node, 'function', node.name?.text ?? ANONYMOUS);
  if (ts.isFunctionExpression(node) || ts.isArrowFunction(node)) {
    const own = ts.isFunctionExpression(node) ? node.name?.text : undefined;
    return withBody(node, 'function', own ?? assignedName(node, ancestors, sourceFile) ?? ANONYMOUS);
  }
  if (ts.isMethodDeclaration(node)) return withBody(node, 'method', propertyName(node.name, sourceFile));
  if (ts.isConstructorDeclaration(node)) return withBody(node, 'constructor', 'constructor');
  if (ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) {
    return withBody(node, 'accessor', propertyName(node.name, sourceFile));
  }
  if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) {
    const assigned = ts.isClassExpression(node) ? assignedName(node, ancestors, sourceFile) : undefined;
    return { kind: 'class', name: node.name?.text ?? assigned ?? ANONYMOUS };
  }
  if (ts.isEnumDeclaration(node)) return { kind: 'enum', name: node.name.text };
  return undefined;
}

/** A function-like node with a body, its parameters counted without a TypeScript `this` parameter. */
function withBody(node: ts.FunctionLikeDeclaration, kind: SymbolKind, name: string): Found | undefined {
  if (node.body === undefined) return undefined;
  const first = node.parameters[0];
  const hasThis = first !== undefined && ts.isIdentifier(first.name) && first.name.text === 'this';
  return { kind, name, params: node.parameters.length - (hasThis ? 1 : 0) };
}

function propertyName(name: ts.PropertyName, sourceFile: ts.SourceFile): string {
  if (ts.isComputedPropertyName(name)) return name.getText(sourceFile);
  return name.text;
}

/** Expressions that leave the name an expression is assigned to unchanged: `(f)`, `f as T`, `f!`, … */
const TRANSPARENT_WRAPPERS = new Set([
  ts.SyntaxKind.ParenthesizedExpression,
  ts.SyntaxKind.AsExpression,
  ts.SyntaxKind.SatisfiesExpression,
  ts.SyntaxKind.NonNullExpression,
  ts.SyntaxKind.TypeAssertionExpression,
]);

/**
 * The name an expression is bound to: `const f = …`, `{ f: … }`, `f = …` in a class, `obj.f = …`.
 * `ancestors` are the nodes above it, its parent last.
 */
function assignedName(
  node: ts.Expression,
  ancestors: readonly ts.Node[],
  sourceFile: ts.SourceFile,
): string | undefined {
  let child: ts.Node = node;
  let level = ancestors.length - 1;
  let parent = ancestors[level];
  while (parent !== undefined && TRANSPARENT_WRAPPERS.has(parent.kind)) {
    child = parent;
    parent = ancestors[--level];
  }
  if (parent === undefined) return undefined;
  if (ts.isVariableDeclaration(parent) && parent.initializer === child) {
    return ts.isIdentifier(parent.name) ? parent.name.text : undefined;
  }
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.initializer === child) {
    return propertyName(parent.name, sourceFile);
  }
  if (
    ts.isBinaryExpression(parent) &&
    parent.right === child &&
    parent.operatorToken.kind === ts.SyntaxKind.EqualsToken
  ) {
    return targetName(parent.left);
  }
  return undefined;
}

/** The rightmost name of an assignment target: `f`, `obj.f`, `obj['f']`. */
function targetName(target: ts.Expression): string | undefined {
  if (ts.isIdentifier(target)) return target.text;
  if (ts.isPropertyAccessExpression(target)) return target.name.text;
  if (ts.isElementAccessExpression(target) && ts.isStringLiteralLike(target.argumentExpression)) {
    return target.argumentExpression.text;
  }
  return undefined;
}
