/** The compliance action's inputs (the table a test checks against actions/compliance/action.yml) and their meaning. */
import { ConfigurationError } from '../../core/errors.js';
import { FAIL_ON, type FailOn } from '../../compliance/settings.js';
import { type PullContext, type RunnerEvent } from '../../runner/context.js';
import { DEFAULT_PUBLISH_SECONDS } from '../../publishing/courtesy.js';
import { choice, flag, readInputs, secret, text } from '../../runner/inputs.js';

export const COMPLIANCE_INPUTS = {
  path: text(),
  config: text(),
  mode: choice(['auto', 'changed', 'full']),
  base: text(),
  'fail-on': choice(FAIL_ON),
  baseline: text(),
  shard: text(),
  'merge-reports': text(),
  'json-report': text(),
  'sarif-report': text(),
  'markdown-report': text(),
  'check-run': flag(),
  comment: flag(),
  'tracking-issue': choice(['auto', 'true', 'false']),
  'trust-pr-config': flag(),
  'publish-timeout': text(),
  token: secret(),
} as const;

export const REPORT_FORMATS = ['json', 'sarif', 'markdown'] as const;

export interface ComplianceInputs {
  path: string;
  config?: string;
  mode: 'auto' | 'changed' | 'full';
  base?: string;
  failOn?: FailOn;
  baseline?: string;
  shard?: string;
  mergeReports?: string;
  reports: Partial<Record<(typeof REPORT_FORMATS)[number], string>>;
  checkRun: boolean;
  comment?: boolean;
  trackingIssue: 'auto' | 'true' | 'false';
  /** judge a pull request by its own config instead of its merge base's (for configs CODEOWNERS protects) */
  trustPrConfig: boolean;
  /** the most time the step spends publishing to GitHub, retries and waits included */
  publishSeconds: number;
  token?: string;
}

/** A number of seconds from an input: a whole number from 1 to a day. */
export function secondsInput(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 86_400) {
    throw new ConfigurationError(
      `The input "${name}" must be a whole number of seconds from 1 to 86400, not "${value}".`,
    );
  }
  return seconds;
}

/** Drops the undefined values, so optional properties stay absent rather than undefined. */
export function optional<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function readComplianceInputs(): ComplianceInputs {
  const raw = readInputs(COMPLIANCE_INPUTS);
  const reports: ComplianceInputs['reports'] = {};
  for (const format of REPORT_FORMATS) {
    const file = raw[`${format}-report`];
    if (file) reports[format] = file;
  }
  return {
    path: raw.path ?? '.',
    ...optional({ config: raw.config, base: raw.base, baseline: raw.baseline, shard: raw.shard }),
    ...optional({ mergeReports: raw['merge-reports'], failOn: raw['fail-on'], comment: raw.comment, token: raw.token }),
    mode: raw.mode ?? 'auto',
    reports,
    checkRun: raw['check-run'] ?? true,
    trackingIssue: raw['tracking-issue'] ?? 'auto',
    trustPrConfig: raw['trust-pr-config'] ?? false,
    publishSeconds: secondsInput('publish-timeout', raw['publish-timeout'], DEFAULT_PUBLISH_SECONDS),
  };
}

const PR_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

export function changedSince(
  inputs: ComplianceInputs,
  event: RunnerEvent,
  pull: PullContext | undefined,
): string | undefined {
  const changed = inputs.mode === 'changed' || (inputs.mode === 'auto' && PR_EVENTS.has(event.name));
  if (!changed) return undefined;
  const base = inputs.base ?? pull?.baseSha;
  if (!base) {
    throw new ConfigurationError(
      `The input "mode" is "${inputs.mode}" on a ${event.name} event, which gives no base to compare with: ` +
        'set the "base" input (a ref or SHA), or mode: full.',
    );
  }
  return base;
}
