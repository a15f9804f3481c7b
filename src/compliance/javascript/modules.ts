/** Imports and exports: nothing in an import is a symbol; an exported function or class starts at `export`. */
import { T, W } from './tokens.js';
import type { Parser } from './parser.js';
import { assignment } from './expressions.js';
import { literalText } from './postfix.js';
import { declaration, endStatement } from './statements.js';

/** The import or export declaration `word` starts, read; false when it starts none (`import(…)`). */
export function moduleStatement(p: Parser, word: number): boolean {
  if (word === W.Export) return exportDeclaration(p);
  if (word !== W.Import || p.kind(1) === T.LParen || p.kind(1) === T.Dot) return false;
  importDeclaration(p);
  return true;
}

/** `import … from 'x'` or `import 'x'`, with attributes: nothing in it is a symbol. */
function importDeclaration(p: Parser): void {
  p.i++;
  if (p.kind() !== T.Str) {
    while (p.word() !== W.From || p.kind(1) !== T.Str) {
      if (p.kind() === T.End || p.kind() === T.Assign) p.fail(); // `import x = require(…)` is TypeScript
      p.i = p.kind() === T.LBrace ? p.closer() + 1 : p.i + 1;
    }
    p.i++;
  }
  moduleSpecifier(p);
}

/** `'x'` and its `with { … }` attributes, ending the statement. */
function moduleSpecifier(p: Parser): void {
  literalText(p, p.i);
  p.expect(T.Str);
  const attributes = p.word() === W.With || (p.kind() === T.Word && p.tokenText() === 'assert');
  if (attributes && p.kind(1) === T.LBrace && !p.newlineBefore()) p.i = p.closer(1) + 1;
  endStatement(p);
}

/** `export …`: an exported function or class starts at `export`. */
function exportDeclaration(p: Parser): boolean {
  const start = p.i;
  p.i++;
  const isDefault = p.word() === W.Default;
  if (isDefault) p.i++;
  if (declaration(p, p.word(), start)) return true;
  if (isDefault) return (assignment(p), endStatement(p), true);
  if (p.kind() === T.LBrace) p.i = p.closer() + 1;
  else if (p.kind() === T.Star) {
    p.i++;
    if (p.kind() === T.Word && p.tokenText() === 'as') p.i += 2;
  } else p.fail();
  if (p.word() !== W.From) return (endStatement(p), true);
  p.i++;
  moduleSpecifier(p);
  return true;
}
