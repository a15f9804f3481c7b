import type { RuleId } from '../compliance/settings.js';
import type { BaselineVerdict } from './baseline.js';
import { touchesChange, type FileChange } from '../git/diff.js';
import type { Violation, ViolationStatus } from './report.js';
import type { Finding } from './rules.js';
import type { Suppression } from './suppressions.js';

const WHAT: Record<RuleId, (f: Finding) => string> = {
  'file-lines': (f) => `File has ${f.value} lines`,
  'class-lines': (f) => `Class ${f.symbol} has ${f.value} lines`,
  'function-lines': (f) => `Function ${f.symbol} has ${f.value} lines`,
  'functions-per-file': (f) => `File has ${f.value} functions`,
  'classes-per-file': (f) => `File has ${f.value} classes`,
  'enums-per-file': (f) => `File has ${f.value} enums`,
  'function-params': (f) => `Function ${f.symbol} takes ${f.value} parameters`,
};

function remark(suppression: Suppression, verdict: BaselineVerdict): string {
  if (suppression.kind === 'expired') return `; its approved exception expired on ${suppression.expires}`;
  if (suppression.kind === 'over-exception') return `, over its approved exception (${suppression.reason})`;
  if (verdict.status === 'grown') return `; grown past its baseline value ${verdict.recorded}`;
  if (verdict.status === 'baseline') return ' (in the baseline)';
  return suppression.kind === 'none' && suppression.note ? `; ${suppression.note}` : '';
}

function statusOf(
  suppression: Suppression,
  verdict: BaselineVerdict,
  finding: Finding,
  change: FileChange | undefined,
): ViolationStatus {
  const status: ViolationStatus = suppression.kind === 'expired' ? 'expired-exception' : verdict.status;
  if (status === 'baseline' || !change) return status;
  return touchesChange(change, finding.line, finding.endLine) ? status : 'existing';
}

/**
 * Turns a finding that no exception or directive suppressed (its limit already raised by an exception
 * it exceeds) into a reported violation. `change` is the file's change in changed-files mode.
 */
export function toViolation(
  finding: Finding,
  suppression: Suppression,
  verdict: BaselineVerdict,
  change: FileChange | undefined,
): Violation {
  const status = statusOf(suppression, verdict, finding, change);
  return {
    ...finding,
    new: status === 'new' || status === 'grown' || status === 'expired-exception',
    status,
    message: `${WHAT[finding.rule](finding)} (limit ${finding.limit})${remark(suppression, verdict)}`,
  };
}
