import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { writeFileAtomic } from '../core/atomic-file.js';
import type { Logger } from '../core/logger.js';
import type { CliContext } from './command.js';

/** Progress goes to stderr so stdout stays clean for the report a user may pipe; SHIPGATE_DEBUG=1 adds detail. */
export function stderrLogger(context: CliContext): Logger {
  const verbose = context.env.SHIPGATE_DEBUG === '1' || context.env.RUNNER_DEBUG === '1';
  const line = (prefix: string) => (message: string) => context.stderr.write(`${prefix}${message}\n`);
  return {
    debug: verbose ? line('debug: ') : () => undefined,
    info: line(''),
    warning: line('warning: '),
    error: line('error: '),
  };
}

/** Writes to --output (atomically, relative to the working directory) or to stdout. */
export async function emit(text: string, output: string | undefined, context: CliContext): Promise<void> {
  if (output === undefined || output === '-') {
    context.stdout.write(text);
    return;
  }
  await writeFileAtomic(path.resolve(context.cwd, output), text);
}

/** Reads a flag that must be one of a few words, with a message naming the flag. */
export function choice<T extends string>(value: unknown, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(`${flag} must be one of ${allowed.join(', ')}, not "${String(value)}".`);
}
