import picomatch from 'picomatch';
import { RULE_IDS, type ApprovedException, type RuleId } from '../config/settings.js';
import type { AnalyzedFile } from './analyze.js';
import type { Finding } from './rules.js';
import { LineKind } from './types.js';

/** What an approved exception or an inline directive does to a finding. */
export type Suppression =
  | { kind: 'none'; note?: string }
  | { kind: 'suppressed' }
  | { kind: 'over-exception'; limit: number; reason: string }
  | { kind: 'expired'; expires: string; reason: string };

/** Approved exceptions from the config; `today` is YYYY-MM-DD (an exception holds through its expiry day). */
export function exceptionChecker(exceptions: ApprovedException[], today: string): (finding: Finding) => Suppression {
  const compiled = exceptions.map((e) => ({ ...e, matches: picomatch(e.path, { dot: true }) }));
  return (finding) => {
    const match = compiled.find(
      (e) => e.rule === finding.rule && e.matches(finding.path) && (e.symbol === undefined || e.symbol === finding.symbol),
    );
    if (!match) return { kind: 'none' };
    if (match.expires !== undefined && match.expires < today) return { kind: 'expired', expires: match.expires, reason: match.reason };
    if (finding.value <= match.limit) return { kind: 'suppressed' };
    return { kind: 'over-exception', limit: match.limit, reason: match.reason };
  };
}

const DIRECTIVE = 'shipgate-disable-next-line';

interface Directive {
  line: number;
  rules: Set<RuleId>;
  reason: string;
}

function parseDirective(text: string, start: number, line: number): Directive {
  const end = text.indexOf('\n', start);
  const rest = text.slice(start + DIRECTIVE.length, end < 0 ? undefined : end).replace(/\s*(\*\/|-->)\s*$/, '');
  const [rulePart = '', ...reasonParts] = rest.split(' -- ');
  const rules = rulePart.split(/[\s,]+/).filter((r): r is RuleId => (RULE_IDS as readonly string[]).includes(r));
  return { line, rules: new Set(rules), reason: reasonParts.join(' -- ').trim() };
}

/** Finds `shipgate-disable-next-line <rule>[,<rule>] -- <reason>` in comment lines (not in strings). */
export function findDirectives(file: AnalyzedFile): Directive[] {
  const directives: Directive[] = [];
  let line = 1;
  let scanned = 0;
  for (let at = file.text.indexOf(DIRECTIVE); at >= 0; at = file.text.indexOf(DIRECTIVE, at + DIRECTIVE.length)) {
    for (; scanned < at; scanned++) if (file.text.charCodeAt(scanned) === 10) line++;
    if (file.kinds[line - 1] === LineKind.Comment) directives.push(parseDirective(file.text, at, line));
  }
  return directives;
}

/** True when only blank lines, comments and decorators stand between the directive and the target line. */
function directlyAbove(file: AnalyzedFile, directiveLine: number, targetLine: number): boolean {
  if (directiveLine >= targetLine) return false;
  const lines = file.text.split('\n', targetLine);
  for (let n = directiveLine + 1; n < targetLine; n++) {
    const isCode = file.kinds[n - 1] === LineKind.Code;
    if (isCode && !lines[n - 1]!.trimStart().startsWith('@')) return false;
  }
  return true;
}

/** Leading comments before any code: where a directive for a whole-file rule goes. */
function inFileHeader(file: AnalyzedFile, directiveLine: number): boolean {
  for (let n = 1; n < directiveLine; n++) if (file.kinds[n - 1] === LineKind.Code) return false;
  return true;
}

/** Inline directives of one file, as a check on its findings. */
export function directiveChecker(file: AnalyzedFile): (finding: Finding) => Suppression {
  const directives = findDirectives(file);
  if (directives.length === 0) return () => ({ kind: 'none' });
  return (finding) => {
    const applies = (d: Directive): boolean =>
      d.rules.has(finding.rule) && (finding.symbol === null ? inFileHeader(file, d.line) : directlyAbove(file, d.line, finding.line));
    const directive = directives.find(applies);
    if (!directive) return { kind: 'none' };
    if (directive.reason.length > 0) return { kind: 'suppressed' };
    return { kind: 'none', note: `the ${DIRECTIVE} on line ${directive.line} is ignored: it needs a reason after " -- "` };
  };
}
