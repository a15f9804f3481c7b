import { RULE_IDS, type RuleId } from '../config/settings.js';
import { LineKind } from './types.js';

export const DIRECTIVE = 'shipgate-disable-next-line';

/** A `shipgate-disable-next-line <rule>[,<rule>] -- <reason>` comment, resolved to the lines it covers. */
export interface Directive {
  line: number;
  rules: RuleId[];
  reason: string;
  /** the next line of code that is not a decorator: the directive covers findings that start up to here */
  reach: number;
  /** only comments and blank lines come before it: it may speak for whole-file rules */
  inHeader: boolean;
}

function parseDirective(text: string, start: number): Pick<Directive, 'rules' | 'reason'> {
  const end = text.indexOf('\n', start);
  const rest = text.slice(start + DIRECTIVE.length, end < 0 ? undefined : end).replace(/\s*(\*\/|-->)\s*$/, '');
  const [rulePart = '', ...reasonParts] = rest.split(' -- ');
  const rules = rulePart.split(/[\s,]+/).filter((r): r is RuleId => (RULE_IDS as readonly string[]).includes(r));
  return { rules, reason: reasonParts.join(' -- ').trim() };
}

/** The first code line after `line` that is not a decorator (`@…`), so a directive can sit above decorators. */
function reachOf(lines: string[], kinds: Uint8Array, line: number): number {
  for (let n = line + 1; n <= kinds.length; n++) {
    if (kinds[n - 1] === LineKind.Code && !lines[n - 1]!.trimStart().startsWith('@')) return n;
  }
  return kinds.length;
}

function inHeader(kinds: Uint8Array, line: number): boolean {
  for (let n = 1; n < line; n++) if (kinds[n - 1] === LineKind.Code) return false;
  return true;
}

/** Finds the directives in comment lines (a directive's words inside a string are not one). */
export function findDirectives(text: string, kinds: Uint8Array): Directive[] {
  const directives: Directive[] = [];
  let lines: string[] | undefined;
  let line = 1;
  let scanned = 0;
  for (let at = text.indexOf(DIRECTIVE); at >= 0; at = text.indexOf(DIRECTIVE, at + DIRECTIVE.length)) {
    for (; scanned < at; scanned++) if (text.charCodeAt(scanned) === 10) line++;
    if (kinds[line - 1] !== LineKind.Comment) continue;
    lines ??= text.split('\n');
    directives.push({ line, ...parseDirective(text, at), reach: reachOf(lines, kinds, line), inHeader: inHeader(kinds, line) });
  }
  return directives;
}
