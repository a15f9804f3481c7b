import { readComplianceInputs } from './support/compliance-inputs.js';
import { complianceStep } from './support/compliance-step.js';
import { readEvent, runAction } from './support/runtime.js';

await runAction(() => complianceStep(readComplianceInputs(), readEvent()));
