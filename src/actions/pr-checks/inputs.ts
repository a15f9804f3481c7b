/** The root action's inputs: the compliance inputs, and the quality gate's own (the others are shared). */
import { readInputs, text } from '../../runner/inputs.js';
import { COMPLIANCE_INPUTS, type ComplianceInputs } from '../compliance/inputs.js';
import { conditionsInput, listInput, type GateInputs } from '../quality-gate/inputs.js';

export const PR_CHECKS_INPUTS = {
  ...COMPLIANCE_INPUTS,
  'gate-reports': text(),
  'gate-conditions': text(),
} as const;

/** The gate's inputs in the root action: its reports and conditions, the rest shared with compliance. */
export function rootGateInputs(compliance: ComplianceInputs): GateInputs {
  const raw = readInputs({
    'gate-reports': PR_CHECKS_INPUTS['gate-reports'],
    'gate-conditions': PR_CHECKS_INPUTS['gate-conditions'],
  });
  return {
    reports: listInput(raw['gate-reports'], true),
    conditions: conditionsInput(raw['gate-conditions'], 'gate-conditions'),
    ...(compliance.base === undefined ? {} : { base: compliance.base }),
    ...(compliance.config === undefined ? {} : { config: compliance.config }),
    ...(compliance.comment === undefined ? {} : { comment: compliance.comment }),
    ...(compliance.token === undefined ? {} : { token: compliance.token }),
    baseline: true,
    checkRun: compliance.checkRun,
  };
}
