import picomatch from 'picomatch';
import type { ApprovedException } from '../compliance/settings.js';
import { DIRECTIVE, type Directive } from './analysis/directives.js';
import type { Finding } from './rules.js';

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
      (e) =>
        e.rule === finding.rule && e.matches(finding.path) && (e.symbol === undefined || e.symbol === finding.symbol),
    );
    if (!match) return { kind: 'none' };
    if (match.expires !== undefined && match.expires < today)
      return { kind: 'expired', expires: match.expires, reason: match.reason };
    if (finding.value <= match.limit) return { kind: 'suppressed' };
    return { kind: 'over-exception', limit: match.limit, reason: match.reason };
  };
}

/** Inline directives of one file, as a check on its findings. */
export function directiveChecker(directives: Directive[]): (finding: Finding) => Suppression {
  if (directives.length === 0) return () => ({ kind: 'none' });
  return (finding) => {
    const applies = (d: Directive): boolean =>
      d.rules.includes(finding.rule) &&
      (finding.symbol === null ? d.inHeader : d.line < finding.line && finding.line <= d.reach);
    const directive = directives.find(applies);
    if (!directive) return { kind: 'none' };
    if (directive.reason.length > 0) return { kind: 'suppressed' };
    return {
      kind: 'none',
      note: `the ${DIRECTIVE} on line ${directive.line} is ignored: it needs a reason after " -- "`,
    };
  };
}
