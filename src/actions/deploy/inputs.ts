/** The deploy action's inputs (the table a test checks against actions/deploy/action.yml) and their meaning. */
import { readInputs, secret, text } from '../../runner/inputs.js';
import { ConfigurationError } from '../../core/errors.js';

export const DEPLOY_INPUTS = {
  environment: text(),
  ref: text(),
  config: text(),
  'json-report': text(),
  token: secret(),
} as const;

export interface DeployInputs {
  environment: string;
  /** undefined: the commit the workflow runs on */
  ref?: string;
  config?: string;
  jsonReport?: string;
  /** undefined: nothing is recorded (a dry run of the flow, said in the log and the report) */
  token?: string;
}

/** The inputs deploy and rollback share, read from a table that has them. */
export function sharedInputs(raw: { environment?: string; config?: string; 'json-report'?: string; token?: string }) {
  if (raw.environment === undefined) {
    throw new ConfigurationError(
      'The input "environment" is required: the environment under deploy.environments to use.',
    );
  }
  const optional = { config: raw.config, jsonReport: raw['json-report'], token: raw.token };
  const given = Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined));
  return { environment: raw.environment, ...given } as Omit<DeployInputs, 'ref'>;
}

export function readDeployInputs(): DeployInputs {
  const raw = readInputs(DEPLOY_INPUTS);
  return { ...sharedInputs(raw), ...(raw.ref === undefined ? {} : { ref: raw.ref }) };
}
