/** The compliance step's inputs, and what they mean for this event. */
import type { FailOn } from '../../config/settings.js';
import { ConfigurationError } from '../../errors.js';
import { booleanInput, choiceInput, stringInput, tokenInput, type ActionEvent } from './runtime.js';

export interface ComplianceInputs {
  path: string;
  config?: string;
  mode: 'auto' | 'changed' | 'full';
  base?: string;
  failOn?: FailOn;
  baseline?: string;
  shard?: string;
  mergeReports?: string;
  reports: Partial<Record<'json' | 'sarif' | 'markdown', string>>;
  checkRun: boolean;
  comment?: boolean;
  trackingIssue: 'auto' | 'true' | 'false';
  token?: string;
}

export function readComplianceInputs(): ComplianceInputs {
  const reports: ComplianceInputs['reports'] = {};
  for (const format of ['json', 'sarif', 'markdown'] as const) {
    const file = stringInput(`${format}-report`);
    if (file) reports[format] = file;
  }
  return {
    path: stringInput('path') ?? '.',
    ...optional({ config: stringInput('config'), base: stringInput('base'), baseline: stringInput('baseline'), shard: stringInput('shard'), mergeReports: stringInput('merge-reports') }),
    mode: choiceInput('mode', ['auto', 'changed', 'full'] as const) ?? 'auto',
    ...optional({ failOn: choiceInput('fail-on', ['new', 'all', 'none'] as const), comment: booleanInput('comment'), token: tokenInput() }),
    reports,
    checkRun: booleanInput('check-run') ?? true,
    trackingIssue: choiceInput('tracking-issue', ['auto', 'true', 'false'] as const) ?? 'auto',
  };
}

/** Drops the undefined values, so optional properties stay absent rather than undefined. */
export function optional<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

export interface PullContext {
  number: number;
  baseSha: string;
  headSha: string;
}

export function pullOf(event: ActionEvent): PullContext | undefined {
  const pr = event.payload.pull_request as { number?: number; base?: { sha?: string }; head?: { sha?: string } } | undefined;
  if (!pr?.number || !pr.base?.sha || !pr.head?.sha) return undefined;
  return { number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha };
}

export function changedSince(inputs: ComplianceInputs, event: ActionEvent, pull: PullContext | undefined): string | undefined {
  const changed = inputs.mode === 'changed' || (inputs.mode === 'auto' && PR_EVENTS.has(event.name));
  if (!changed) return undefined;
  const base = inputs.base ?? pull?.baseSha;
  if (!base) throw new ConfigurationError(`The input "mode" is "${inputs.mode}" on a ${event.name} event, which gives no base to compare with: set the "base" input (a ref or SHA), or mode: full.`);
  return base;
}
