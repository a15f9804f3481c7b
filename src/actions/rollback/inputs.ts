/** The rollback action's inputs (the table a test checks against actions/rollback/action.yml) and their meaning. */
import { readInputs, secret, text } from '../../runner/inputs.js';
import { sharedInputs, type DeployInputs } from '../deploy/inputs.js';

export const ROLLBACK_INPUTS = {
  environment: text(),
  to: text(),
  config: text(),
  'json-report': text(),
  token: secret(),
} as const;

export interface RollbackInputs extends Omit<DeployInputs, 'ref'> {
  /** a deployment id or ref; undefined: the last good deployment before the current one */
  to?: string;
}

export function readRollbackInputs(): RollbackInputs {
  const raw = readInputs(ROLLBACK_INPUTS);
  return { ...sharedInputs(raw), ...(raw.to === undefined ? {} : { to: raw.to }) };
}
