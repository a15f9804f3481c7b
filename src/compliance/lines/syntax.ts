/**
 * Prepares a language's syntax for the line scanner: every comment, string and literal marker becomes
 * an opener, filed under its first char code so the scanner looks only at the few that can match.
 */
import type { Language, SpecialLiteral } from '../languages/language.js';
import { blockCommentScanner, lineCommentScanner } from './scan-comments.js';
import { scanPhpHeredoc, scanRubyHeredoc, scanShellHeredoc } from './scan-heredoc.js';
import { scanBackslashEscape, scanCharLiteral } from './scan-literals.js';
import { scanCppRawString, scanRustRawString, scanSwiftRawString } from './scan-raw-strings.js';
import { scanRegexLiteral } from './scan-regex.js';
import { charCodes, SPACE, type CompiledSyntax, type Opener, type OpenerScan } from './scan-state.js';
import { stringScanner } from './scan-strings.js';

/** The marker that sends each special literal to its scanner (which may still decline). */
const SPECIAL_OPENERS: Readonly<Record<SpecialLiteral, readonly [string, OpenerScan]>> = {
  char: ["'", scanCharLiteral],
  'rust-raw': ['r', scanRustRawString],
  'swift-raw': ['#', scanSwiftRawString],
  'cpp-raw': ['R', scanCppRawString],
  regex: ['/', scanRegexLiteral],
  'heredoc-shell': ['<<', scanShellHeredoc],
  'heredoc-ruby': ['<<', scanRubyHeredoc],
  'heredoc-php': ['<<<', scanPhpHeredoc],
  'backslash-escape': ['\\', scanBackslashEscape],
};

/** Which ASCII chars are plain code under these openers: everything the scanner need not look at one by one. */
function plainChars(openersByFirstChar: readonly (readonly Opener[] | undefined)[]): Uint8Array {
  const plain = new Uint8Array(128);
  for (let c = SPACE + 1; c < 127; c++)
    plain[c] = openersByFirstChar[c] === undefined && !'()[]{}'.includes(String.fromCharCode(c)) ? 1 : 0;
  return plain;
}

/** Text without comments or strings: every non-blank line is code. */
export const PLAIN_SYNTAX: CompiledSyntax = { openersByFirstChar: [], plain: plainChars([]) };

const compiled = new WeakMap<Language, CompiledSyntax>();

/** The language's compiled syntax, built once per language object. */
export function syntaxFor(language: Language | undefined): CompiledSyntax {
  if (language === undefined) return PLAIN_SYNTAX;
  let syntax = compiled.get(language);
  if (syntax === undefined) {
    syntax = compileSyntax(language);
    compiled.set(language, syntax);
  }
  return syntax;
}

function compileSyntax(language: Language): CompiledSyntax {
  const openers: Opener[] = [
    ...language.lineComments.map((c) => opener(c.marker, lineCommentScanner(c))),
    ...language.blockComments.map((c) => opener(c.open, blockCommentScanner(c))),
    ...language.strings.map((s) => opener(s.open, stringScanner(s))),
    ...language.literals.map((kind) => opener(...SPECIAL_OPENERS[kind])),
  ];
  const openersByFirstChar = fileByFirstChar(openers, language.id);
  return { openersByFirstChar, plain: plainChars(openersByFirstChar) };
}

function opener(marker: string, scan: OpenerScan): Opener {
  return { codes: charCodes(marker), scan };
}

/** Groups openers by first char code; within a group the longest marker is tried first. */
function fileByFirstChar(openers: readonly Opener[], languageId: string): (Opener[] | undefined)[] {
  const byFirst: (Opener[] | undefined)[] = new Array<Opener[] | undefined>(128).fill(undefined);
  for (const candidate of openers) {
    const first = candidate.codes[0];
    if (first === undefined || first >= 128) {
      throw new Error(`language ${languageId}: markers must be non-empty ASCII`);
    }
    (byFirst[first] ??= []).push(candidate);
  }
  for (const group of byFirst) group?.sort((a, b) => b.codes.length - a.codes.length);
  return byFirst;
}
