import {
  defaultSettings,
  RULE_IDS,
  type ApprovedException,
  type CheckName,
  type ComplianceSettings,
  type CountMode,
  type FailOn,
  type RuleId,
  type RuleOverride,
  type RuleSet,
  type RuleSettings,
  type Settings,
  type Severity,
} from './settings.js';

/** A rule as written in YAML: a limit, `false`, or the detailed form. */
export type RawRule = number | false | { limit?: number; critical?: number; severity?: Severity; count?: CountMode; enabled?: boolean };
type RawRules = Partial<Record<RuleId, RawRule>>;

/** The config file's shape once validated against the JSON Schema (keys as users write them). */
export interface RawConfig {
  checks?: CheckName[];
  compliance?: {
    include?: string[];
    exclude?: string[];
    rules?: RawRules;
    overrides?: { paths: string[]; rules: RawRules }[];
    exceptions?: ApprovedException[];
    baseline?: string;
    'fail-on'?: FailOn;
    comment?: boolean;
    'max-parse-bytes'?: number;
  };
}

/** What a rule as written changes in the settings. */
export function ruleChanges(raw: RawRule): Partial<RuleSettings> {
  if (raw === false) return { enabled: false };
  if (typeof raw === 'number') return { limit: raw, enabled: true };
  return raw;
}

function changesOf(rules: RawRules | undefined): Partial<Record<RuleId, Partial<RuleSettings>>> {
  const changes: Partial<Record<RuleId, Partial<RuleSettings>>> = {};
  for (const id of RULE_IDS) {
    const raw = rules?.[id];
    if (raw !== undefined) changes[id] = ruleChanges(raw);
  }
  return changes;
}

/** Applies rule changes on top of a rule set; a new limit without a new critical drops a stale critical. */
export function applyRuleChanges(base: RuleSet, changes: Partial<Record<RuleId, Partial<RuleSettings>>>): RuleSet {
  const result = { ...base };
  for (const id of RULE_IDS) {
    const change = changes[id];
    if (!change) continue;
    const merged: RuleSettings = { ...base[id], ...change };
    if (change.limit !== undefined && change.critical === undefined && merged.critical !== undefined && merged.critical <= change.limit) {
      delete merged.critical;
    }
    result[id] = merged;
  }
  return result;
}

function complianceFrom(raw: RawConfig['compliance'] = {}, defaults: ComplianceSettings): ComplianceSettings {
  const overrides: RuleOverride[] = (raw.overrides ?? []).map((o) => ({ paths: o.paths, rules: changesOf(o.rules) }));
  return {
    include: raw.include ?? defaults.include,
    exclude: raw.exclude ?? defaults.exclude,
    rules: applyRuleChanges(defaults.rules, changesOf(raw.rules)),
    overrides,
    exceptions: raw.exceptions ?? defaults.exceptions,
    baseline: raw.baseline ?? defaults.baseline,
    failOn: raw['fail-on'] ?? defaults.failOn,
    comment: raw.comment ?? defaults.comment,
    maxParseBytes: raw['max-parse-bytes'] ?? defaults.maxParseBytes,
  };
}

/** Resolves a validated config into settings, the V2 preset filling whatever is not written. */
export function settingsFromConfig(raw: RawConfig): Settings {
  const defaults = defaultSettings();
  return {
    checks: raw.checks ?? defaults.checks,
    compliance: complianceFrom(raw.compliance, defaults.compliance),
  };
}

/** Overrides given by action inputs or CLI flags; undefined means "keep the config's value". */
export interface ComplianceOverrides {
  failOn?: FailOn;
  baseline?: string;
  comment?: boolean;
}

export function withComplianceOverrides(settings: Settings, overrides: ComplianceOverrides): Settings {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return { ...settings, compliance: { ...settings.compliance, ...defined } };
}
