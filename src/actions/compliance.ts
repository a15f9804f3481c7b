import { readRunnerContext } from '../runner/context.js';
import { runAction } from '../runner/run-action.js';
import { readComplianceInputs } from './compliance/inputs.js';
import { complianceStep } from './compliance/step.js';

/** The compliance action (`uses: …/actions/compliance@v1`). */
export function main(): Promise<void> {
  return runAction(() => complianceStep(readComplianceInputs(), readRunnerContext()));
}
