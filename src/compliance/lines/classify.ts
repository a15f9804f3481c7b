/**
 * Classifies every line of a source text as code, comment or blank, in one pass over its char codes.
 *
 * - A line is blank when it holds only whitespace, comment when it holds only comment text, and code
 *   when it holds anything else: a line with code and a trailing comment is code.
 * - Comment markers inside strings are string text, not comments.
 * - Lines inside a block comment that hold only whitespace are blank, like any other empty line.
 * - Lines inside a string that spans lines are code, blank or not: they are part of a value.
 * - Python docstrings (a triple-quoted string that is a statement on its own) count as comments.
 * - An interpreter line (`#!/usr/bin/env …`) is a comment, as Python's and TypeScript's own scanners say.
 * - HTML-like markup only knows `<!-- -->`: comments inside its script and style blocks count as code.
 * - Without a language, lines are only told apart as blank or code.
 */
import type { Language } from '../languages/language.js';
import { TO_END, scanCode } from './scan-code.js';
import { ScanState } from './scan-state.js';
import { syntaxFor } from './syntax.js';
import { tally, type LineCounts } from './kinds.js';

/**
 * One `LineKind` per line: newline-terminated lines plus one for an unterminated last line, so an
 * empty text has none. `\r\n` line ends are handled (the `\r` is whitespace).
 */
export function classifyLines(text: string, language: Language | undefined): Uint8Array {
  const state = new ScanState(text, syntaxFor(language));
  scanCode(state, TO_END, TO_END);
  return state.finish();
}

/** Line totals of a text. */
export function countLines(text: string, language: Language | undefined): LineCounts {
  return tally(classifyLines(text, language));
}
