import { enableCompileCache } from '../core/compile-cache.js';
import { actAsAnalysisWorker } from '../compliance/analysis/threads.js';

// Analysis threads load only what analysis needs; the step itself is loaded by the main thread alone.
enableCompileCache();
if (!actAsAnalysisWorker(import.meta.url)) {
  const [{ readComplianceInputs }, { complianceStep }, { readRunnerContext }, { runAction }] = await Promise.all([
    import('./compliance/inputs.js'),
    import('./compliance/step.js'),
    import('../runner/context.js'),
    import('../runner/run-action.js'),
  ]);
  await runAction(() => complianceStep(readComplianceInputs(), readRunnerContext()));
}
