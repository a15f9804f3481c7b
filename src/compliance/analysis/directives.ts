import { RULE_IDS, type RuleId } from '../../compliance/settings.js';
import { LineKind } from '../lines/kinds.js';

export const DIRECTIVE = 'shipgate-disable-next-line';
/** What every directive starts with; a comment with only this (or another ending) is a mistake worth a warning. */
const DIRECTIVE_STEM = 'shipgate-disable';

/** A `shipgate-disable-next-line <rule>[,<rule>] -- <reason>` comment, resolved to the lines it covers. */
export interface Directive {
  line: number;
  rules: RuleId[];
  reason: string;
  /** the next line of code that is not a decorator: the directive covers findings that start up to here */
  reach: number;
  /** only comments and blank lines come before it: it may speak for whole-file rules */
  inHeader: boolean;
  /** the words in the rule list that are not rule ids, or `['(none)']` when it names no rule: they match nothing */
  unknownRules: string[];
  /** set for a comment that looks like a directive but is not one (it suppresses nothing) */
  misspelt?: string;
}

function parseDirective(text: string, start: number): Pick<Directive, 'rules' | 'reason' | 'unknownRules'> {
  const end = text.indexOf('\n', start);
  const rest = text.slice(start + DIRECTIVE.length, end < 0 ? undefined : end).replace(/\s*(\*\/|-->)\s*$/, '');
  const [rulePart = '', ...reasonParts] = rest.split(' -- ');
  const words = rulePart.split(/[\s,]+/).filter((word) => word.length > 0);
  const isRule = (word: string): word is RuleId => (RULE_IDS as readonly string[]).includes(word);
  const unknownRules = words.length === 0 ? ['(none)'] : words.filter((word) => !isRule(word));
  return { rules: words.filter(isRule), reason: reasonParts.join(' -- ').trim(), unknownRules };
}

/**
 * How many more brackets a line opens than it closes, counting `(`, `[` and `{` against `)`, `]` and
 * `}` outside simple '…' and "…" strings (a backslash escapes the next character in them).
 */
function bracketDepthChange(line: string): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const char = line.charAt(i);
    if (quote !== '') {
      if (char === '\\') i++;
      else if (char === quote) quote = '';
    } else if (char === "'" || char === '"') quote = char;
    else if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
  }
  return depth;
}

/**
 * The first code line after `line` that is not part of a decorator, so a directive can sit above
 * decorators: a decorator runs from its `@…` line until the brackets it opens are closed again.
 */
function reachOf(lines: string[], kinds: Uint8Array, line: number): number {
  let open = 0;
  for (let n = line + 1; n <= kinds.length; n++) {
    if (kinds[n - 1] !== LineKind.Code) continue;
    const code = lines[n - 1]!.trimStart();
    if (open === 0 && !code.startsWith('@')) return n;
    open = Math.max(0, open + bracketDepthChange(code));
  }
  return kinds.length;
}

function inHeader(kinds: Uint8Array, line: number): boolean {
  for (let n = 1; n < line; n++) if (kinds[n - 1] === LineKind.Code) return false;
  return true;
}

/** Only a comment marker may stand before a directive on its line: prose that mentions one is not one. */
const COMMENT_OPENING = /^\s*(#+|\/\/+|\/\*+|\*|--|<!--|;+|%)?\s*$/;

function opensComment(text: string, at: number): boolean {
  return COMMENT_OPENING.test(text.slice(text.lastIndexOf('\n', at) + 1, at));
}

/** Finds the directives in comment lines (a directive's words inside a string are not one). */
export function findDirectives(text: string, kinds: Uint8Array): Directive[] {
  const directives: Directive[] = [];
  let lines: string[] | undefined;
  let line = 1;
  let scanned = 0;
  for (let at = text.indexOf(DIRECTIVE_STEM); at >= 0; at = text.indexOf(DIRECTIVE_STEM, at + DIRECTIVE_STEM.length)) {
    for (; scanned < at; scanned++) if (text.charCodeAt(scanned) === 10) line++;
    if (kinds[line - 1] !== LineKind.Comment || !opensComment(text, at)) continue;
    lines ??= text.split('\n');
    directives.push(
      text.startsWith(DIRECTIVE, at) ? directiveAt(text, at, lines, kinds, line) : misspeltAt(text, at, line),
    );
  }
  return directives;
}

function directiveAt(text: string, at: number, lines: string[], kinds: Uint8Array, line: number): Directive {
  return { line, ...parseDirective(text, at), reach: reachOf(lines, kinds, line), inHeader: inHeader(kinds, line) };
}

/** `shipgate-disable file-lines -- …` and the like: shipgate has only the next-line form. */
function misspeltAt(text: string, at: number, line: number): Directive {
  const word = /^[\w-]+/.exec(text.slice(at))?.[0] ?? DIRECTIVE_STEM;
  const misspelt = `"${word}" is not a shipgate directive, so it suppresses nothing: write ${DIRECTIVE} <rule> -- <reason> on the line before the code`;
  return { line, rules: [], reason: '', reach: line, inHeader: false, unknownRules: [], misspelt };
}
