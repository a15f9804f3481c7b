/** The quality gate's vocabulary and settings: metric ids, operators, fail policy, and raw config → typed. */

/** Every metric a condition can name. Percentages are 0–100, durations in seconds. */
export const METRICS = [
  'coverage.lines',
  'coverage.branches',
  'coverage.functions',
  'tests.total',
  'tests.passed',
  'tests.failed',
  'tests.skipped',
  'tests.flaky',
  'tests.duration',
  'lint.errors',
  'lint.warnings',
  'compliance.violations',
  'compliance.new',
  'new.coverage.lines',
  'new.lint.errors',
  'delta.coverage.lines',
] as const;
export type MetricId = (typeof METRICS)[number];

/** Metrics about the pull request's changed lines: judged only from a minimum number of changed coverable lines. */
export const NEW_CODE_METRICS: readonly MetricId[] = ['new.coverage.lines'];

export const OPERATORS = ['>=', '<=', '==', '!=', '>', '<'] as const;
export type Operator = (typeof OPERATORS)[number];

/** failed (default): the step and the check fail when the gate fails; never: report only (the check is neutral). */
export const FAIL_POLICIES = ['failed', 'never'] as const;
export type FailPolicy = (typeof FAIL_POLICIES)[number];

export interface Condition {
  metric: MetricId;
  op: Operator;
  threshold: number;
  /** as written, for messages */
  text: string;
}

export interface GateSettings {
  conditions: Condition[];
  /** true when no condition was written: the defaults apply, and only to metrics some report gave */
  defaultConditions: boolean;
  /** globs of report files, relative to the workspace */
  reports: string[];
  /** new-code conditions are judged only from this many changed coverable lines */
  newCodeMinLines: number;
  /** how many commits to walk back from the merge base for a baseline */
  baselineDepth: number;
  failOn: FailPolicy;
  comment: boolean;
}

/** With no condition written: failed tests fail the gate (when a test report was read). */
export const DEFAULT_CONDITIONS = ['tests.failed == 0'] as const;

/** The `gate:` section once validated against schema/gate.schema.json (keys as users write them). */
export interface RawGateConfig {
  conditions?: string[];
  reports?: string[];
  'new-code-min-lines'?: number;
  'baseline-depth'?: number;
  'fail-on'?: FailPolicy;
  comment?: boolean;
}

/** Every key of the section, by type: the schema test checks schema/gate.schema.json against it. */
const SECTION_KEYS: Record<keyof RawGateConfig, true> = {
  conditions: true,
  reports: true,
  'new-code-min-lines': true,
  'baseline-depth': true,
  'fail-on': true,
  comment: true,
};
export const GATE_CONFIG_KEYS = Object.keys(SECTION_KEYS);

const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
/** `metric op value`, the value optionally followed by %; the schema's pattern is built from the same parts. */
export const CONDITION_PATTERN = String.raw`^\s*(${METRICS.map((m) => m.replace(/\./g, '\\.')).join('|')})\s*(${OPERATORS.join('|')})\s*(${NUMBER})\s*%?\s*$`;

/** Parses one condition; `where` names its source for the error message. */
export function parseCondition(text: string, where: string, onError: (message: string) => Error): Condition {
  const match = new RegExp(CONDITION_PATTERN).exec(text);
  if (!match) {
    throw onError(
      `${where}: "${text}" is not a condition. Write "metric op value", e.g. "coverage.lines >= 80", with an ` +
        `operator of ${OPERATORS.join(' ')} and a metric of: ${METRICS.join(', ')}.`,
    );
  }
  return { metric: match[1] as MetricId, op: match[2] as Operator, threshold: Number(match[3]), text: text.trim() };
}

export function defaultGateSettings(): Omit<GateSettings, 'conditions'> {
  return {
    defaultConditions: true,
    reports: [],
    newCodeMinLines: 20,
    baselineDepth: 10,
    failOn: 'failed',
    comment: false,
  };
}

/**
 * Resolves the validated `gate:` section. The schema has checked every condition's shape, so parsing here
 * cannot fail on a config that passed validation.
 */
export function gateSettingsFrom(raw: RawGateConfig = {}): GateSettings {
  const defaults = defaultGateSettings();
  const written = raw.conditions ?? [];
  const texts = written.length > 0 ? written : DEFAULT_CONDITIONS;
  return {
    conditions: texts.map((text, i) => parseCondition(text, `gate.conditions[${i}]`, (m) => new Error(m))),
    defaultConditions: written.length === 0,
    reports: raw.reports ?? defaults.reports,
    newCodeMinLines: raw['new-code-min-lines'] ?? defaults.newCodeMinLines,
    baselineDepth: raw['baseline-depth'] ?? defaults.baselineDepth,
    failOn: raw['fail-on'] ?? defaults.failOn,
    comment: raw.comment ?? defaults.comment,
  };
}

/** Overrides from action inputs or CLI flags; undefined (or an empty list) keeps the config's value. */
export interface GateOverrides {
  conditions?: Condition[];
  reports?: string[];
  failOn?: FailPolicy;
  comment?: boolean;
  newCodeMinLines?: number;
}

export function withGateOverrides(settings: GateSettings, overrides: GateOverrides): GateSettings {
  const result = { ...settings };
  if (overrides.conditions && overrides.conditions.length > 0) {
    result.conditions = overrides.conditions;
    result.defaultConditions = false;
  }
  if (overrides.reports && overrides.reports.length > 0) result.reports = overrides.reports;
  if (overrides.failOn !== undefined) result.failOn = overrides.failOn;
  if (overrides.comment !== undefined) result.comment = overrides.comment;
  if (overrides.newCodeMinLines !== undefined) result.newCodeMinLines = overrides.newCodeMinLines;
  return result;
}
