// The root action (`uses: owner/shipgate@v1`): the PR checks the repository's config enables; with no
// config, V2 compliance of the changed files.
import { enableCompileCache } from '../core/compile-cache.js';
import { actAsAnalysisWorker } from '../compliance/analysis/threads.js';

// Analysis threads load only what analysis needs; the checks are loaded by the main thread alone.
enableCompileCache();
if (!actAsAnalysisWorker(import.meta.url)) {
  const [{ runPullRequestChecks }, { runAction }] = await Promise.all([
    import('./pr-checks/run-checks.js'),
    import('../runner/run-action.js'),
  ]);
  await runAction(runPullRequestChecks);
}
