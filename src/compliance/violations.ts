import type { RuleId } from '../config/settings.js';
import type { BaselineIndex, BaselineStatus } from './baseline.js';
import type { FileChange } from './changes.js';
import { touchesChange } from './changes.js';
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

function remark(suppression: Suppression, baseline: BaselineStatus, recorded: string): string {
  if (suppression.kind === 'expired') return `; its approved exception expired on ${suppression.expires}`;
  if (suppression.kind === 'over-exception') return `, over its approved exception (${suppression.reason})`;
  if (baseline === 'grown') return `; grown past its baseline value ${recorded}`;
  if (baseline === 'baseline') return ' (in the baseline)';
  return suppression.kind === 'none' && suppression.note ? `; ${suppression.note}` : '';
}

export interface ViolationContext {
  baseline: BaselineIndex;
  /** in changed-files mode, the file's change; undefined in a full scan */
  change: FileChange | undefined;
}

function statusOf(suppression: Suppression, baseline: BaselineStatus, finding: Finding, change: FileChange | undefined): ViolationStatus {
  const status: ViolationStatus = suppression.kind === 'expired' ? 'expired-exception' : baseline;
  if (status === 'baseline' || !change) return status;
  return touchesChange(change, finding.line, finding.endLine) ? status : 'existing';
}

/** Turns a finding that no exception or directive suppressed into a reported violation. */
export function toViolation(finding: Finding, suppression: Suppression, context: ViolationContext): Violation {
  const limited = suppression.kind === 'over-exception' ? { ...finding, limit: suppression.limit } : finding;
  const baseline = suppression.kind === 'expired' ? 'new' : context.baseline.statusOf(limited);
  const status = statusOf(suppression, baseline, limited, context.change);
  const recorded = String(context.baseline.recorded(limited) ?? '');
  return {
    ...limited,
    new: status === 'new' || status === 'grown' || status === 'expired-exception',
    status,
    message: `${WHAT[finding.rule](limited)} (limit ${limited.limit})${remark(suppression, baseline, recorded)}`,
  };
}
