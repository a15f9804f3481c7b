import { loadSettings } from '../../config/load.js';
import { readComplianceInputs } from './compliance-inputs.js';
import { complianceStep } from './compliance-step.js';
import { coreLogger, readEvent, stringInput } from './runtime.js';

/** Runs each check the config lists under `checks:`, with the action's inputs. */
export async function runChecks(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const configPath = stringInput('config');
  const { settings } = await loadSettings({ root: workspace, ...(configPath ? { configPath } : {}) });
  if (settings.checks.length === 0) coreLogger.info('shipgate: the config enables no check (checks: []), nothing to run.');
  for (const check of settings.checks) {
    coreLogger.info(`shipgate check: running ${check}`);
    if (check === 'compliance') await complianceStep(readComplianceInputs(), readEvent());
  }
}
