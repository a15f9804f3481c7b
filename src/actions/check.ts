// The root action (`uses: owner/shipgate@v1`): the pull-request checks the repository's config enables;
// with no config, V2 compliance of the changed files.
import { actAsAnalysisWorker } from '../compliance/parallel.js';
import { loadSettings } from '../config/load.js';
import { readComplianceInputs } from './support/compliance-inputs.js';
import { complianceStep } from './support/compliance-step.js';
import { coreLogger, readEvent, runAction, stringInput } from './support/runtime.js';

if (!actAsAnalysisWorker(import.meta.url)) {
  await runAction(runChecks);
}

async function runChecks(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const configPath = stringInput('config');
  const { settings } = await loadSettings({ root: workspace, ...(configPath ? { configPath } : {}) });
  for (const check of settings.checks) {
    coreLogger.info(`shipgate check: running ${check}`);
    if (check === 'compliance') await complianceStep(readComplianceInputs(), readEvent());
  }
}
