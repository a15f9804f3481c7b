export const id = 998;
export const ids = [998];
export const modules = {

/***/ 3998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analyzeTypeScript: () => (/* binding */ analyzeTypeScript),
/* harmony export */   scriptKindFromExtension: () => (/* binding */ scriptKindFromExtension)
/* harmony export */ });
/* harmony import */ var typescript__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5672);
/* harmony import */ var typescript__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(typescript__WEBPACK_IMPORTED_MODULE_0__);
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

const ANONYMOUS = '<anonymous>';
const SCRIPT_KINDS = {
    ts: (typescript__WEBPACK_IMPORTED_MODULE_0___default().ScriptKind).TS,
    mts: (typescript__WEBPACK_IMPORTED_MODULE_0___default().ScriptKind).TS,
    cts: (typescript__WEBPACK_IMPORTED_MODULE_0___default().ScriptKind).TS,
    tsx: (typescript__WEBPACK_IMPORTED_MODULE_0___default().ScriptKind).TSX,
    js: (typescript__WEBPACK_IMPORTED_MODULE_0___default().ScriptKind).JS,
    mjs: (typescript__WEBPACK_IMPORTED_MODULE_0___default().ScriptKind).JS,
    cjs: (typescript__WEBPACK_IMPORTED_MODULE_0___default().ScriptKind).JS,
    jsx: (typescript__WEBPACK_IMPORTED_MODULE_0___default().ScriptKind).JSX,
};
/** The script kind a file's extension calls for; TypeScript when the extension is unknown. */
function scriptKindFromExtension(fileName) {
    const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
    return SCRIPT_KINDS[extension] ?? (typescript__WEBPACK_IMPORTED_MODULE_0___default().ScriptKind).TS;
}
function analyzeTypeScript(text, fileName) {
    const kind = scriptKindFromExtension(fileName);
    const symbols = [];
    try {
        // JSDoc is only comments to us: skipping its parse saves a third of the time on documented JavaScript.
        const options = { languageVersion: (typescript__WEBPACK_IMPORTED_MODULE_0___default().ScriptTarget).Latest, jsDocParsingMode: (typescript__WEBPACK_IMPORTED_MODULE_0___default().JSDocParsingMode).ParseNone };
        // No parent pointers (a whole extra walk of the tree): `collect` keeps the ancestors it needs itself.
        const sourceFile = typescript__WEBPACK_IMPORTED_MODULE_0___default().createSourceFile(fileName, text, options, false, kind);
        collect(sourceFile, '', { sourceFile, symbols, ancestors: [] });
        const parseError = firstParseError(sourceFile);
        return parseError === undefined ? { symbols } : { symbols, parseError };
    }
    catch (error) {
        // The parser is recursive: only absurd nesting (thousands of levels) can exhaust the stack.
        if (!(error instanceof RangeError))
            throw error;
        return { symbols: [], parseError: 'line 1: nested too deeply to parse', stackExhausted: true };
    }
}
/** `parseDiagnostics` is internal to the compiler API but stable for years; read it defensively. */
function firstParseError(sourceFile) {
    const diagnostics = sourceFile.parseDiagnostics;
    if (!Array.isArray(diagnostics) || diagnostics.length === 0)
        return undefined;
    const first = diagnostics[0];
    const line = sourceFile.getLineAndCharacterOfPosition(first.start ?? 0).line + 1;
    return `line ${line}: ${typescript__WEBPACK_IMPORTED_MODULE_0___default().flattenDiagnosticMessageText(first.messageText, ' ')}`;
}
/**
 * Adds the symbols under `node` to `walk.symbols`, in source order. `prefix` is the qualified name of the
 * enclosing named classes and functions, with a trailing '.'.
 */
function collect(node, prefix, walk) {
    const { sourceFile, symbols, ancestors } = walk;
    ancestors.push(node);
    typescript__WEBPACK_IMPORTED_MODULE_0___default().forEachChild(node, (child) => {
        const found = describe(child, ancestors, sourceFile);
        if (found === undefined)
            return collect(child, prefix, walk);
        const name = prefix + found.name;
        const line = sourceFile.getLineAndCharacterOfPosition(startPosition(child, sourceFile)).line + 1;
        const endLine = sourceFile.getLineAndCharacterOfPosition(child.end).line + 1;
        const symbol = { kind: found.kind, name, line, endLine };
        if (found.params !== undefined)
            symbol.params = found.params;
        symbols.push(symbol);
        collect(child, found.name === ANONYMOUS ? prefix : `${name}.`, walk);
    });
    ancestors.pop();
}
/** Where a node's first token after its decorators starts (a modifier such as `export` if it has one). */
function startPosition(node, sourceFile) {
    const decorators = typescript__WEBPACK_IMPORTED_MODULE_0___default().canHaveDecorators(node) ? typescript__WEBPACK_IMPORTED_MODULE_0___default().getDecorators(node) : undefined;
    const lastDecorator = decorators?.[decorators.length - 1];
    if (lastDecorator === undefined)
        return node.getStart(sourceFile);
    const firstModifier = typescript__WEBPACK_IMPORTED_MODULE_0___default().canHaveModifiers(node) ? typescript__WEBPACK_IMPORTED_MODULE_0___default().getModifiers(node)?.[0] : undefined;
    if (firstModifier !== undefined)
        return firstModifier.getStart(sourceFile);
    const next = node.getChildren(sourceFile).find((child) => child.pos >= lastDecorator.end);
    return (next ?? node).getStart(sourceFile);
}
/** What kind of symbol a node is, or undefined when it is none (or has no body to measure). */
function describe(node, ancestors, sourceFile) {
    if (typescript__WEBPACK_IMPORTED_MODULE_0___default().isFunctionDeclaration(node))
        return withBody(node, 'function', node.name?.text ?? ANONYMOUS);
    if (typescript__WEBPACK_IMPORTED_MODULE_0___default().isFunctionExpression(node) || typescript__WEBPACK_IMPORTED_MODULE_0___default().isArrowFunction(node)) {
        const own = typescript__WEBPACK_IMPORTED_MODULE_0___default().isFunctionExpression(node) ? node.name?.text : undefined;
        return withBody(node, 'function', own ?? assignedName(node, ancestors, sourceFile) ?? ANONYMOUS);
    }
    if (typescript__WEBPACK_IMPORTED_MODULE_0___default().isMethodDeclaration(node))
        return withBody(node, 'method', propertyName(node.name, sourceFile));
    if (typescript__WEBPACK_IMPORTED_MODULE_0___default().isConstructorDeclaration(node))
        return withBody(node, 'constructor', 'constructor');
    if (typescript__WEBPACK_IMPORTED_MODULE_0___default().isGetAccessorDeclaration(node) || typescript__WEBPACK_IMPORTED_MODULE_0___default().isSetAccessorDeclaration(node)) {
        return withBody(node, 'accessor', propertyName(node.name, sourceFile));
    }
    if (typescript__WEBPACK_IMPORTED_MODULE_0___default().isClassDeclaration(node) || typescript__WEBPACK_IMPORTED_MODULE_0___default().isClassExpression(node)) {
        const assigned = typescript__WEBPACK_IMPORTED_MODULE_0___default().isClassExpression(node) ? assignedName(node, ancestors, sourceFile) : undefined;
        return { kind: 'class', name: node.name?.text ?? assigned ?? ANONYMOUS };
    }
    if (typescript__WEBPACK_IMPORTED_MODULE_0___default().isEnumDeclaration(node))
        return { kind: 'enum', name: node.name.text };
    return undefined;
}
/** A function-like node with a body, its parameters counted without a TypeScript `this` parameter. */
function withBody(node, kind, name) {
    if (node.body === undefined)
        return undefined;
    const first = node.parameters[0];
    const hasThis = first !== undefined && typescript__WEBPACK_IMPORTED_MODULE_0___default().isIdentifier(first.name) && first.name.text === 'this';
    return { kind, name, params: node.parameters.length - (hasThis ? 1 : 0) };
}
function propertyName(name, sourceFile) {
    if (typescript__WEBPACK_IMPORTED_MODULE_0___default().isComputedPropertyName(name))
        return name.getText(sourceFile);
    return name.text;
}
/** Expressions that leave the name an expression is assigned to unchanged: `(f)`, `f as T`, `f!`, … */
const TRANSPARENT_WRAPPERS = new Set([
    (typescript__WEBPACK_IMPORTED_MODULE_0___default().SyntaxKind).ParenthesizedExpression,
    (typescript__WEBPACK_IMPORTED_MODULE_0___default().SyntaxKind).AsExpression,
    (typescript__WEBPACK_IMPORTED_MODULE_0___default().SyntaxKind).SatisfiesExpression,
    (typescript__WEBPACK_IMPORTED_MODULE_0___default().SyntaxKind).NonNullExpression,
    (typescript__WEBPACK_IMPORTED_MODULE_0___default().SyntaxKind).TypeAssertionExpression,
]);
/**
 * The name an expression is bound to: `const f = …`, `{ f: … }`, `f = …` in a class, `obj.f = …`.
 * `ancestors` are the nodes above it, its parent last.
 */
function assignedName(node, ancestors, sourceFile) {
    let child = node;
    let level = ancestors.length - 1;
    let parent = ancestors[level];
    while (parent !== undefined && TRANSPARENT_WRAPPERS.has(parent.kind)) {
        child = parent;
        parent = ancestors[--level];
    }
    if (parent === undefined)
        return undefined;
    if (typescript__WEBPACK_IMPORTED_MODULE_0___default().isVariableDeclaration(parent) && parent.initializer === child) {
        return typescript__WEBPACK_IMPORTED_MODULE_0___default().isIdentifier(parent.name) ? parent.name.text : undefined;
    }
    if ((typescript__WEBPACK_IMPORTED_MODULE_0___default().isPropertyAssignment(parent) || typescript__WEBPACK_IMPORTED_MODULE_0___default().isPropertyDeclaration(parent)) && parent.initializer === child) {
        return propertyName(parent.name, sourceFile);
    }
    if (typescript__WEBPACK_IMPORTED_MODULE_0___default().isBinaryExpression(parent) &&
        parent.right === child &&
        parent.operatorToken.kind === (typescript__WEBPACK_IMPORTED_MODULE_0___default().SyntaxKind).EqualsToken) {
        return targetName(parent.left);
    }
    return undefined;
}
/** The rightmost name of an assignment target: `f`, `obj.f`, `obj['f']`. */
function targetName(target) {
    if (typescript__WEBPACK_IMPORTED_MODULE_0___default().isIdentifier(target))
        return target.text;
    if (typescript__WEBPACK_IMPORTED_MODULE_0___default().isPropertyAccessExpression(target))
        return target.name.text;
    if (typescript__WEBPACK_IMPORTED_MODULE_0___default().isElementAccessExpression(target) && typescript__WEBPACK_IMPORTED_MODULE_0___default().isStringLiteralLike(target.argumentExpression)) {
        return target.argumentExpression.text;
    }
    return undefined;
}


/***/ })

};
