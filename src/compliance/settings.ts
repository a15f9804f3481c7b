/** Compliance's vocabulary and settings: rule ids, severities, limits, the V2 preset, and raw config → typed. */

export const RULE_IDS = [
  'file-lines',
  'class-lines',
  'function-lines',
  'functions-per-file',
  'classes-per-file',
  'enums-per-file',
  'function-params',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITIES = ['minor', 'major', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const COUNT_MODES = ['physical', 'code'] as const;
export type CountMode = (typeof COUNT_MODES)[number];
export const FAIL_ON = ['new', 'all', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface RuleSettings {
  enabled: boolean;
  limit: number;
  /** above this value a violation is critical */
  critical?: number;
  severity: Severity;
  count: CountMode;
}

export type RuleSet = Record<RuleId, RuleSettings>;
export type RuleChanges = Partial<Record<RuleId, Partial<RuleSettings>>>;

export interface RuleOverride {
  paths: string[];
  rules: RuleChanges;
}

export interface ApprovedException {
  path: string;
  rule: RuleId;
  symbol?: string;
  limit: number;
  reason: string;
  /** YYYY-MM-DD, last day the exception holds */
  expires?: string;
}

export interface ComplianceSettings {
  include: string[];
  exclude: string[];
  rules: RuleSet;
  overrides: RuleOverride[];
  exceptions: ApprovedException[];
  baseline: string;
  failOn: FailOn;
  comment: boolean;
  maxParseBytes: number;
}

const rule = (limit: number, severity: Severity = 'major', critical?: number): RuleSettings => ({
  enabled: true,
  limit,
  severity,
  count: 'physical',
  ...(critical === undefined ? {} : { critical }),
});

/** The V2 standard: files ≤ 400 lines (critical above 600), classes ≤ 200, functions ≤ 30. */
export function v2Rules(): RuleSet {
  return {
    'file-lines': rule(400, 'major', 600),
    'class-lines': rule(200),
    'function-lines': rule(30),
    'functions-per-file': rule(10),
    'classes-per-file': rule(5),
    'enums-per-file': rule(3, 'minor'),
    'function-params': rule(5, 'minor'),
  };
}

export const DEFAULT_BASELINE_PATH = '.github/shipgate-baseline.json';

export function defaultComplianceSettings(): ComplianceSettings {
  return {
    include: [],
    exclude: [],
    rules: v2Rules(),
    overrides: [],
    exceptions: [],
    baseline: DEFAULT_BASELINE_PATH,
    failOn: 'new',
    comment: false,
    maxParseBytes: 1024 * 1024,
  };
}

/** A rule as written in YAML: a limit, `false`, or the detailed form. */
export type RawRule =
  number | false | { limit?: number; critical?: number; severity?: Severity; count?: CountMode; enabled?: boolean };
type RawRules = Partial<Record<RuleId, RawRule>>;

/** The `compliance:` section once validated against schema/compliance.schema.json (keys as users write them). */
export interface RawComplianceConfig {
  include?: string[];
  exclude?: string[];
  rules?: RawRules;
  overrides?: { paths: string[]; rules: RawRules }[];
  exceptions?: ApprovedException[];
  baseline?: string;
  'fail-on'?: FailOn;
  comment?: boolean;
  'max-parse-bytes'?: number;
}

/** Every key of the section, by type: the schema test checks schema/compliance.schema.json against it. */
const SECTION_KEYS: Record<keyof RawComplianceConfig, true> = {
  include: true,
  exclude: true,
  rules: true,
  overrides: true,
  exceptions: true,
  baseline: true,
  'fail-on': true,
  comment: true,
  'max-parse-bytes': true,
};
export const COMPLIANCE_CONFIG_KEYS = Object.keys(SECTION_KEYS);

/** What a rule as written changes in the settings. */
export function ruleChanges(raw: RawRule): Partial<RuleSettings> {
  if (raw === false) return { enabled: false };
  if (typeof raw === 'number') return { limit: raw, enabled: true };
  return raw;
}

function changesOf(rules: RawRules | undefined): RuleChanges {
  const changes: RuleChanges = {};
  for (const id of RULE_IDS) {
    const raw = rules?.[id];
    if (raw !== undefined) changes[id] = ruleChanges(raw);
  }
  return changes;
}

/** Applies rule changes on top of a rule set; a new limit without a new critical drops a stale critical. */
export function applyRuleChanges(base: RuleSet, changes: RuleChanges): RuleSet {
  const result = { ...base };
  for (const id of RULE_IDS) {
    const change = changes[id];
    if (!change) continue;
    const merged: RuleSettings = { ...base[id], ...change };
    const staleCritical = merged.critical !== undefined && merged.critical <= (change.limit ?? Infinity);
    if (change.limit !== undefined && change.critical === undefined && staleCritical) delete merged.critical;
    result[id] = merged;
  }
  return result;
}

/** Resolves the validated `compliance:` section, the V2 preset filling whatever is not written. */
export function complianceSettingsFrom(raw: RawComplianceConfig = {}): ComplianceSettings {
  const defaults = defaultComplianceSettings();
  return {
    include: raw.include ?? defaults.include,
    exclude: raw.exclude ?? defaults.exclude,
    rules: applyRuleChanges(defaults.rules, changesOf(raw.rules)),
    overrides: (raw.overrides ?? []).map((o) => ({ paths: o.paths, rules: changesOf(o.rules) })),
    exceptions: raw.exceptions ?? defaults.exceptions,
    baseline: raw.baseline ?? defaults.baseline,
    failOn: raw['fail-on'] ?? defaults.failOn,
    comment: raw.comment ?? defaults.comment,
    maxParseBytes: raw['max-parse-bytes'] ?? defaults.maxParseBytes,
  };
}

/** Overrides given by action inputs or CLI flags; undefined means "keep the config's value". */
export interface ComplianceOverrides {
  failOn?: FailOn;
  baseline?: string;
  comment?: boolean;
}

export function withComplianceOverrides(
  settings: ComplianceSettings,
  overrides: ComplianceOverrides,
): ComplianceSettings {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return { ...settings, ...defined };
}

type RuleProblem = { path: (string | number)[]; message: string };

function criticalProblems(rules: RawRules | undefined, where: (string | number)[]): RuleProblem[] {
  const defaults = v2Rules();
  return RULE_IDS.flatMap((id) => {
    const raw = rules?.[id];
    if (typeof raw !== 'object' || raw.critical === undefined) return [];
    const limit = raw.limit ?? defaults[id].limit;
    if (raw.critical > limit) return [];
    const message = `must be above the limit (${limit}): at or below it every violation would be critical`;
    return [{ path: [...where, 'rules', id, 'critical'], message }];
  });
}

/** What the schema cannot say about the `compliance:` section: a critical threshold must lie above its limit. */
export function complianceProblems(raw: RawComplianceConfig | undefined): RuleProblem[] {
  if (!raw) return [];
  const overrides = (raw.overrides ?? []).flatMap((o, i) => criticalProblems(o.rules, ['overrides', i]));
  return [...criticalProblems(raw.rules, []), ...overrides];
}
