import { actAsAnalysisWorker } from '../compliance/parallel.js';

// Analysis threads load only what analysis needs; the step itself is loaded by the main thread alone.
if (!actAsAnalysisWorker(import.meta.url)) {
  const [{ readComplianceInputs }, { complianceStep }, { readEvent, runAction }] = await Promise.all([
    import('./support/compliance-inputs.js'),
    import('./support/compliance-step.js'),
    import('./support/runtime.js'),
  ]);
  await runAction(() => complianceStep(readComplianceInputs(), readEvent()));
}
