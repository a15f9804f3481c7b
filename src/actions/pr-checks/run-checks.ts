import { prepareScan } from '../../compliance/index.js';
import { readRunnerContext } from '../../runner/context.js';
import { coreLogger } from '../../runner/logger.js';
import { readComplianceInputs } from '../compliance/inputs.js';
import { complianceStep, scanTarget } from '../compliance/step.js';
import { gateStep } from '../quality-gate/step.js';
import { rootGateInputs } from './inputs.js';

/**
 * Runs each check the config lists under `checks:`, with the action's inputs. The config is read once,
 * as it is at the pull request's merge base (see config/resolve.ts), so a pull request cannot switch a
 * check off for itself.
 */
export async function runPullRequestChecks(): Promise<void> {
  const runner = readRunnerContext();
  const inputs = readComplianceInputs();
  const prepared = await prepareScan(scanTarget(inputs, runner));
  const { checks } = prepared.config.settings;
  if (checks.length === 0) coreLogger.info('shipgate: the config enables no check (checks: []), nothing to run.');
  for (const check of checks) {
    coreLogger.info(`shipgate check: running ${check}`);
    if (check === 'compliance') await complianceStep(inputs, runner, prepared);
    // The gate's outputs are prefixed: the root action's unprefixed outputs are compliance's.
    if (check === 'gate') {
      await gateStep(rootGateInputs(inputs), runner, { config: prepared.config, outputPrefix: 'gate-' });
    }
  }
}
