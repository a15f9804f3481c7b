import path from 'node:path';
import { loadSettings } from '../../config/load.js';
import { readRunnerContext } from '../../runner/context.js';
import { coreLogger } from '../../runner/logger.js';
import { readComplianceInputs } from '../compliance/inputs.js';
import { complianceStep } from '../compliance/step.js';
import { defaultConflictsInputs } from '../conflicts/inputs.js';
import { conflictsStep } from '../conflicts/step.js';

/** Runs each check the config lists under `checks:`, with the action's inputs; the config is read once. */
export async function runPullRequestChecks(): Promise<void> {
  const runner = readRunnerContext();
  const inputs = readComplianceInputs();
  const configPath = inputs.config === undefined ? undefined : path.resolve(runner.workspace, inputs.config);
  const config = await loadSettings({ root: runner.workspace, ...(configPath ? { configPath } : {}) });
  if (config.settings.checks.length === 0)
    coreLogger.info('shipgate: the config enables no check (checks: []), nothing to run.');
  for (const check of config.settings.checks) {
    coreLogger.info(`shipgate check: running ${check}`);
    if (check === 'compliance') await complianceStep(inputs, runner, config);
    if (check === 'conflicts')
      await conflictsStep(defaultConflictsInputs({ config: inputs.config, token: inputs.token }), runner, config);
  }
}
