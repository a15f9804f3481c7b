// The conflicts action: each pull request against its base and every other open pull request, by real merges.
const [{ readConflictsInputs }, { conflictsStep }, { readRunnerContext }, { runAction }] = await Promise.all([
  import('./conflicts/inputs.js'),
  import('./conflicts/step.js'),
  import('../runner/context.js'),
  import('../runner/run-action.js'),
]);
await runAction(() => conflictsStep(readConflictsInputs(), readRunnerContext()));
