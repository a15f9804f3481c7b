import { complianceStep, readComplianceInputs } from './support/compliance-step.js';
import { readEvent, runAction } from './support/runtime.js';

await runAction(() => complianceStep(readComplianceInputs(), readEvent()));
