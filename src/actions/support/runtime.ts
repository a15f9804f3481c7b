/** The Actions runtime glue every entry shares: logger, typed inputs, event, and one error policy. */
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { ConfigurationError, errorMessage } from '../../errors.js';
import type { Logger } from '../../logger.js';

export const coreLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  error: (message) => core.error(message),
};

export function stringInput(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

export function choiceInput<T extends string>(name: string, allowed: readonly T[]): T | undefined {
  const value = stringInput(name);
  if (value === undefined || (allowed as readonly string[]).includes(value)) return value as T | undefined;
  throw new ConfigurationError(`The input "${name}" must be one of ${allowed.join(', ')}, not "${value}".`);
}

/** true/false (any case); empty gives undefined so the config file decides. */
export function booleanInput(name: string): boolean | undefined {
  const value = stringInput(name)?.toLowerCase();
  if (value === undefined) return undefined;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new ConfigurationError(`The input "${name}" must be true or false, not "${value}".`);
}

/** The token input, masked in the log before anything can print it. */
export function tokenInput(): string | undefined {
  const token = stringInput('token');
  if (token) core.setSecret(token);
  return token;
}

export interface ActionEvent {
  name: string;
  payload: Record<string, unknown>;
}

export function readEvent(env: NodeJS.ProcessEnv = process.env): ActionEvent {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return { name, payload: {} };
  try {
    return { name, payload: JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> };
  } catch (error) {
    throw new Error(`Cannot read the event payload ${file}: ${errorMessage(error)}`);
  }
}

/**
 * Runs an action's main function: a user's mistake fails the step with its message; anything else
 * is reported as a bug with its stack, never swallowed.
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      core.setFailed(error.message);
      return;
    }
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(`shipgate failed unexpectedly: ${errorMessage(error)}`);
  }
}
