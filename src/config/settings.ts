/** The one typed settings object a config file resolves into: each capability's section, resolved by its owner. */
import { complianceSettingsFrom, type ComplianceSettings, type RawComplianceConfig } from '../compliance/settings.js';
import { conflictsSettingsFrom, type ConflictsSettings, type RawConflictsConfig } from '../conflicts/settings.js';

/** The checks `shipgate check` and the root action run on a pull request. */
export const CHECK_NAMES = ['compliance', 'conflicts'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export const DEFAULT_CONFIG_PATH = '.github/shipgate.yml';

export interface Settings {
  checks: CheckName[];
  compliance: ComplianceSettings;
  conflicts: ConflictsSettings;
}

/** The config file's shape once validated against the JSON Schema. */
export interface RawConfig {
  checks?: CheckName[];
  compliance?: RawComplianceConfig;
  conflicts?: RawConflictsConfig;
}

/** Every top-level key, by type: the schema test checks schema/shipgate.schema.json against it. */
const TOP_LEVEL_KEYS: Record<keyof RawConfig, true> = { checks: true, compliance: true, conflicts: true };
export const CONFIG_KEYS = Object.keys(TOP_LEVEL_KEYS);

/** Hands each validated section to the capability that owns it; defaults fill whatever is not written. */
export function settingsFromConfig(raw: RawConfig): Settings {
  return {
    checks: raw.checks ?? ['compliance'],
    compliance: complianceSettingsFrom(raw.compliance),
    conflicts: conflictsSettingsFrom(raw.conflicts),
  };
}
