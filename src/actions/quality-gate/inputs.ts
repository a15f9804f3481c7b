/** The quality-gate action's inputs (the table a test checks against actions/quality-gate/action.yml). */
import { ConfigurationError } from '../../core/errors.js';
import { FAIL_POLICIES, parseCondition, type Condition, type FailPolicy } from '../../gate/settings.js';
import { choice, flag, readInputs, secret, text } from '../../runner/inputs.js';
import { optional } from '../compliance/inputs.js';

export const GATE_INPUTS = {
  reports: text(),
  conditions: text(),
  'fail-on': choice(FAIL_POLICIES),
  base: text(),
  'head-sha': text(),
  baseline: flag(),
  config: text(),
  'json-report': text(),
  'markdown-report': text(),
  'check-run': flag(),
  comment: flag(),
  token: secret(),
} as const;

export interface GateInputs {
  /** globs; empty: the config's gate.reports */
  reports: string[];
  /** empty: the config's gate.conditions */
  conditions: Condition[];
  failOn?: FailPolicy;
  base?: string;
  /** the commit the check run is published on; default: the pull request head, else GITHUB_SHA */
  headSha?: string;
  baseline: boolean;
  config?: string;
  jsonReport?: string;
  markdownReport?: string;
  checkRun: boolean;
  comment?: boolean;
  token?: string;
}

/** One item per line (commas separate too, for globs written on one line). */
export function listInput(value: string | undefined, splitCommas: boolean): string[] {
  const items = (value ?? '').split(splitCommas ? /[\n,]/ : /\n/);
  return items.map((item) => item.trim()).filter((item) => item !== '' && !item.startsWith('#'));
}

export function conditionsInput(value: string | undefined, name: string): Condition[] {
  return listInput(value, false).map((line) =>
    parseCondition(line, `The input "${name}"`, (m) => new ConfigurationError(m)),
  );
}

function headSha(value: string | undefined): string | undefined {
  if (value === undefined || /^[0-9a-f]{40}$/i.test(value)) return value;
  throw new ConfigurationError(`The input "head-sha" must be a full 40-character commit SHA, not "${value}".`);
}

export function readGateInputs(): GateInputs {
  const raw = readInputs(GATE_INPUTS);
  return {
    reports: listInput(raw.reports, true),
    conditions: conditionsInput(raw.conditions, 'conditions'),
    ...optional({ failOn: raw['fail-on'], base: raw.base, config: raw.config, comment: raw.comment, token: raw.token }),
    ...optional({
      jsonReport: raw['json-report'],
      markdownReport: raw['markdown-report'],
      headSha: headSha(raw['head-sha']),
    }),
    baseline: raw.baseline ?? true,
    checkRun: raw['check-run'] ?? true,
  };
}
