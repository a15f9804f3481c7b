/** The conflicts action's inputs (the table a test checks against actions/conflicts/action.yml) and their meaning. */
import { CONFLICTS_FAIL_ON, type ConflictsFailOn, type ConflictsSettings } from '../../conflicts/settings.js';
import { choice, flag, readInputs, secret, text } from '../../runner/inputs.js';
import { optional, secondsInput } from '../compliance/inputs.js';

export const CONFLICTS_INPUTS = {
  config: text(),
  base: text(),
  'fail-on': choice(CONFLICTS_FAIL_ON),
  label: text(),
  comment: flag(),
  'check-run': flag(),
  'json-report': text(),
  'markdown-report': text(),
  remote: text(),
  fetch: flag(),
  'publish-timeout': text(),
  token: secret(),
} as const;

/** Writes are spaced about a second apart, so this leaves room for a few hundred of them. */
const DEFAULT_PUBLISH_SECONDS = 300;

export interface ConflictsInputs {
  config?: string;
  /** the base for push and scheduled runs; empty: the pushed branch, else the default branch */
  base?: string;
  failOn?: ConflictsFailOn;
  label?: string;
  comment?: boolean;
  checkRun: boolean;
  jsonReport?: string;
  markdownReport?: string;
  remote: string;
  fetch: boolean;
  /** the most time the step spends writing to GitHub, retries and waits included */
  publishSeconds: number;
  token?: string;
}

export function readConflictsInputs(): ConflictsInputs {
  const raw = readInputs(CONFLICTS_INPUTS);
  return {
    ...optional({ config: raw.config, base: raw.base, failOn: raw['fail-on'], label: raw.label, comment: raw.comment }),
    ...optional({ jsonReport: raw['json-report'], markdownReport: raw['markdown-report'], token: raw.token }),
    checkRun: raw['check-run'] ?? true,
    remote: raw.remote ?? 'origin',
    fetch: raw.fetch ?? true,
    publishSeconds: secondsInput('publish-timeout', raw['publish-timeout'], DEFAULT_PUBLISH_SECONDS),
  };
}

/** The root action runs the conflicts check with these: its own token and config, every other input's default. */
export function defaultConflictsInputs(shared: { config?: string; token?: string }): ConflictsInputs {
  return {
    ...optional(shared),
    checkRun: true,
    remote: 'origin',
    fetch: true,
    publishSeconds: DEFAULT_PUBLISH_SECONDS,
  };
}

/** Inputs override the config file; the action fails on base conflicts unless told otherwise. */
export function withInputOverrides(
  settings: ConflictsSettings,
  inputs: ConflictsInputs,
): ConflictsSettings & { failOn: ConflictsFailOn } {
  return {
    ...settings,
    failOn: inputs.failOn ?? settings.failOn ?? 'base',
    ...optional({ label: inputs.label, comment: inputs.comment }),
  };
}
