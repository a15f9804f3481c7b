/** The one typed settings object a config file resolves into: each capability's section, resolved by its owner. */
import {
  complianceProblems,
  complianceSettingsFrom,
  type ComplianceSettings,
  type RawComplianceConfig,
} from '../compliance/settings.js';
import { conflictsSettingsFrom, type ConflictsSettings, type RawConflictsConfig } from '../conflicts/settings.js';
import { deploySettingsFrom, type DeploySettings, type RawDeployConfig } from '../deploy/settings.js';
import { gateSettingsFrom, type GateSettings, type RawGateConfig } from '../gate/settings.js';

/** The checks `shipgate check` and the root action run on a pull request. */
export const CHECK_NAMES = ['compliance', 'conflicts', 'gate'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export const DEFAULT_CONFIG_PATH = '.github/shipgate.yml';

export interface Settings {
  checks: CheckName[];
  compliance: ComplianceSettings;
  conflicts: ConflictsSettings;
  deploy: DeploySettings;
  gate: GateSettings;
}

/** The config file's shape once validated against the JSON Schema. */
export interface RawConfig {
  checks?: CheckName[];
  compliance?: RawComplianceConfig;
  conflicts?: RawConflictsConfig;
  deploy?: RawDeployConfig;
  gate?: RawGateConfig;
}

/** Every top-level key, by type: the schema test checks schema/shipgate.schema.json against it. */
const TOP_LEVEL_KEYS: Record<keyof RawConfig, true> = {
  checks: true,
  compliance: true,
  conflicts: true,
  deploy: true,
  gate: true,
};
export const CONFIG_KEYS = Object.keys(TOP_LEVEL_KEYS);

/** Hands each validated section to the capability that owns it; defaults fill whatever is not written. */
export function settingsFromConfig(raw: RawConfig): Settings {
  return {
    checks: raw.checks ?? ['compliance'],
    compliance: complianceSettingsFrom(raw.compliance),
    conflicts: conflictsSettingsFrom(raw.conflicts),
    deploy: deploySettingsFrom(raw.deploy),
    gate: gateSettingsFrom(raw.gate),
  };
}

/** A problem the schema cannot express, at a path into the config (e.g. a critical threshold below its limit). */
export interface SectionProblem {
  path: (string | number)[];
  message: string;
}

/** Each section's own checks, run once the config has the schema's shape. */
export function sectionProblems(raw: RawConfig): SectionProblem[] {
  return complianceProblems(raw.compliance).map((p) => ({ ...p, path: ['compliance', ...p.path] }));
}
