/** The one typed settings object that config files, action inputs and CLI flags resolve into. */

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

export type Severity = 'minor' | 'major' | 'critical';
export type CountMode = 'physical' | 'code';
export type FailOn = 'new' | 'all' | 'none';
export type CheckName = 'compliance';

export interface RuleSettings {
  enabled: boolean;
  limit: number;
  /** above this value a violation is critical */
  critical?: number;
  severity: Severity;
  count: CountMode;
}

export type RuleSet = Record<RuleId, RuleSettings>;

export interface RuleOverride {
  paths: string[];
  rules: Partial<Record<RuleId, Partial<RuleSettings>>>;
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

export interface Settings {
  checks: CheckName[];
  compliance: ComplianceSettings;
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

export const DEFAULT_CONFIG_PATH = '.github/shipgate.yml';
export const DEFAULT_BASELINE_PATH = '.github/shipgate-baseline.json';

export function defaultSettings(): Settings {
  return {
    checks: ['compliance'],
    compliance: {
      include: [],
      exclude: [],
      rules: v2Rules(),
      overrides: [],
      exceptions: [],
      baseline: DEFAULT_BASELINE_PATH,
      failOn: 'new',
      comment: false,
      maxParseBytes: 1024 * 1024,
    },
  };
}
