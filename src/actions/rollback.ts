import { rollbackEnvironment } from '../rollback/rollback.js';
import { readRunnerContext } from '../runner/context.js';
import { runAction } from '../runner/run-action.js';
import { finishStep, stepOptions } from './deploy/step.js';
import { readRollbackInputs } from './rollback/inputs.js';

/** The rollback action (`uses: …/actions/rollback@v1`). */
export function main(): Promise<void> {
  return runAction(async () => {
    const inputs = readRollbackInputs();
    const runner = readRunnerContext();
    const report = await rollbackEnvironment({
      ...stepOptions(inputs, runner),
      ...(inputs.to === undefined ? {} : { to: inputs.to }),
    });
    await finishStep(report, inputs, runner);
  });
}
