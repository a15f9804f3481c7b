import { readRunnerContext } from '../runner/context.js';
import { runAction } from '../runner/run-action.js';
import { readGateInputs } from './quality-gate/inputs.js';
import { gateStep } from './quality-gate/step.js';

/** The quality-gate action: conditions on coverage, test, lint and compliance reports, as one check run. */
export function main(): Promise<void> {
  return runAction(() => gateStep(readGateInputs(), readRunnerContext()));
}
