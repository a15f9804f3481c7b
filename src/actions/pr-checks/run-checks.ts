import { prepareScan, verifyCheckout } from '../../compliance/index.js';
import { readRunnerContext } from '../../runner/context.js';
import { coreLogger } from '../../runner/logger.js';
import { readComplianceInputs } from '../compliance/inputs.js';
import { complianceStep, scanTarget } from '../compliance/step.js';
import { gateStep } from '../quality-gate/step.js';
import { rootGateInputs } from './inputs.js';
import { defaultConflictsInputs } from '../conflicts/inputs.js';
import { conflictsStep } from '../conflicts/step.js';

/**
 * Runs each check the config lists under `checks:`, with the action's inputs. The config is read once,
 * as it is at the pull request's merge base (see config/resolve.ts), so a pull request cannot switch a
 * check off for itself.
 */
export async function runPullRequestChecks(): Promise<void> {
  const runner = readRunnerContext();
  const inputs = readComplianceInputs();
  // Only compliance reads the pull request's files from the checkout; the others need no particular one.
  const { expectHead, ...target } = scanTarget(inputs, runner);
  const prepared = await prepareScan(target);
  const { checks } = prepared.config.settings;
  if (checks.length === 0) coreLogger.info('shipgate: the config enables no check (checks: []), nothing to run.');
  for (const check of checks) {
    coreLogger.info(`shipgate check: running ${check}`);
    if (check === 'compliance') {
      if (expectHead) await verifyCheckout(prepared.git, expectHead);
      await complianceStep(inputs, runner, prepared);
    }
    // The gate's outputs are prefixed: the root action's unprefixed outputs are compliance's.
    if (check === 'gate')
      await gateStep(rootGateInputs(inputs), runner, { config: prepared.config, outputPrefix: 'gate-' });
    if (check === 'conflicts') {
      const conflictsInputs = defaultConflictsInputs({ config: inputs.config, token: inputs.token });
      await conflictsStep(conflictsInputs, runner, prepared.config);
    }
  }
}
