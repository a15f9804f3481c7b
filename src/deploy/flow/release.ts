// Putting the ref on the idle colour (the user's deploy command) and waiting until that colour is healthy.
import { waitHealthy } from '../health/wait.js';
import { failureOf, runCommand } from '../shell.js';
import type { Color } from '../settings.js';
import { RunStopped, type RunState } from './run-state.js';

/** The environment the user's commands get: what to deploy where. */
export function commandEnv(state: RunState, color: Color): Record<string, string> {
  const { settings, ref, sha } = state.request;
  return {
    SHIPGATE_COLOR: color,
    SHIPGATE_COLOR_URL: settings.colors[color],
    SHIPGATE_REF: ref,
    SHIPGATE_SHA: sha,
    SHIPGATE_ENVIRONMENT: settings.name,
    SHIPGATE_DEPLOYMENT_ID: state.deploymentId === null ? '' : String(state.deploymentId),
  };
}

/** Why the deploy command need not run: none configured, or the colour already runs this commit healthily. */
async function reasonToSkip(state: RunState, color: Color): Promise<string | undefined> {
  const { settings, sha } = state.request;
  if (settings.deploy === undefined) return 'no deploy command: the colours are deployed by other means';
  const newest = state.view.newestOn(color);
  if (
    newest !== undefined &&
    newest.id !== state.deploymentId &&
    newest.sha === sha &&
    (await state.view.everSucceeded(newest.id))
  ) {
    return `${color} already runs ${sha.slice(0, 12)} (deployment ${newest.id})`;
  }
  return undefined;
}

/** Runs a user command with its output in the log (in a group where the log has them); undefined when it succeeded. */
export async function runUserCommand(state: RunState, title: string, command: string, color: Color, timeoutMs: number) {
  const { logger, cwd } = state.deps;
  const run = () =>
    runCommand({ command, cwd, env: commandEnv(state, color), timeoutMs, onLine: (line) => logger.info(line) });
  const result = logger.group ? await logger.group(title, run) : await run();
  return failureOf(result, timeoutMs);
}

export async function deployToIdle(state: RunState): Promise<void> {
  const color = state.target!;
  const skip = await reasonToSkip(state, color);
  if (skip !== undefined) return state.timeline.mark('deploy', 'skipped', skip);
  const { settings, ref } = state.request;
  const failure = await state.timeline.run(
    'deploy',
    () =>
      runUserCommand(state, `shipgate: deploy ${ref} to ${color}`, settings.deploy!, color, settings.deployTimeoutMs),
    (f) => (f === undefined ? ['done', `${ref} deployed to ${color}`] : ['failed', f]),
  );
  if (failure !== undefined) await fail(state, `The deploy command failed on ${color}: ${failure}`);
}

export async function awaitHealthy(state: RunState): Promise<void> {
  const color = state.target!;
  const { settings } = state.request;
  const { clock, logger, random } = state.deps;
  const options = { clock, logger, ...(random === undefined ? {} : { random }) };
  const verdict = await state.timeline.run(
    'health',
    () => waitHealthy(settings.colors[color], settings.health, options),
    (v) => [v.healthy ? 'done' : 'failed', `${v.reason} (${v.attempts} attempt(s))`],
  );
  if (!verdict.healthy) await fail(state, `${color} did not become healthy: ${verdict.reason}`);
  else logger.info(`${color} is healthy: ${verdict.reason} (${verdict.attempts} attempt(s)).`);
}

/** Records the failure before the switch (traffic never moved) and stops the run. */
async function fail(state: RunState, message: string): Promise<never> {
  const where = state.previous === null ? 'no colour served before' : `traffic stays on ${state.previous}`;
  const description = `${message}. No switch: ${where}.`;
  await state.deps.ledger.record(state.deploymentId, { state: 'failure', description, logUrl: state.deps.run.logUrl });
  throw new RunStopped('failed', description);
}
