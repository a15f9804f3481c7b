import { readRunnerContext } from '../runner/context.js';
import { runAction } from '../runner/run-action.js';
import { readConflictsInputs } from './conflicts/inputs.js';
import { conflictsStep } from './conflicts/step.js';

/** The conflicts action: each pull request against its base and every other open pull request, by real merges. */
export function main(): Promise<void> {
  return runAction(() => conflictsStep(readConflictsInputs(), readRunnerContext()));
}
