// The root action (`uses: owner/shipgate@v1`): the pull-request checks the repository's config enables;
// with no config, V2 compliance of the changed files.
import { actAsAnalysisWorker } from '../compliance/parallel.js';

// Analysis threads load only what analysis needs; the checks are loaded by the main thread alone.
if (!actAsAnalysisWorker(import.meta.url)) {
  const { runAction } = await import('./support/runtime.js');
  const { runChecks } = await import('./support/checks.js');
  await runAction(runChecks);
}
