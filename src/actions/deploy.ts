import { deployEnvironment } from '../deploy/deploy-environment.js';
import { readRunnerContext } from '../runner/context.js';
import { runAction } from '../runner/run-action.js';
import { readDeployInputs } from './deploy/inputs.js';
import { finishStep, stepOptions } from './deploy/step.js';

/** The deploy action (`uses: …/actions/deploy@v1`). */
export function main(): Promise<void> {
  return runAction(async () => {
    const inputs = readDeployInputs();
    const runner = readRunnerContext();
    // Without a ref input, the commit the workflow runs on (GitHub records it by its SHA).
    const report = await deployEnvironment({ ...stepOptions(inputs, runner), ref: inputs.ref ?? runner.sha });
    await finishStep(report, inputs, runner);
  });
}
