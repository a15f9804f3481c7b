import { actAsAnalysisWorker } from '../compliance/parallel.js';
import { readComplianceInputs } from './support/compliance-inputs.js';
import { complianceStep } from './support/compliance-step.js';
import { readEvent, runAction } from './support/runtime.js';

if (!actAsAnalysisWorker(import.meta.url)) {
  await runAction(() => complianceStep(readComplianceInputs(), readEvent()));
}
