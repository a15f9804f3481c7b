// The quality-gate action: conditions on coverage, test, lint and compliance reports, as one check run.
const [{ readGateInputs }, { gateStep }, { readRunnerContext }, { runAction }] = await Promise.all([
  import('./quality-gate/inputs.js'),
  import('./quality-gate/step.js'),
  import('../runner/context.js'),
  import('../runner/run-action.js'),
]);
await runAction(() => gateStep(readGateInputs(), readRunnerContext()));
