import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError, fileErrorMessage } from '../core/errors.js';
import { writeFileAtomic } from '../core/atomic-file.js';
import type { Logger } from '../core/logger.js';
import type { CliContext, CommandInput } from './command.js';

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

/**
 * The --output flag checked before any work: a file to write (absolute), or undefined for stdout (`-` or
 * no flag). An empty name or an existing folder is refused at once, not after a long scan.
 */
export function outputFlag(input: CommandInput, context: CliContext): string | undefined {
  const value = input.values.output;
  if (value === undefined || value === '-') return undefined;
  if (typeof value !== 'string' || value.trim() === '')
    throw new ConfigurationError('--output needs a file name (it was empty).');
  const file = path.resolve(context.cwd, value);
  if (existsSync(file) && statSync(file).isDirectory()) {
    throw new ConfigurationError(
      `--output ${value} is a folder: give a file name, e.g. ${path.join(value, 'report.json')}.`,
    );
  }
  return file;
}

/** Writes to the --output file (atomically) or to stdout; a file that cannot be written is the user's to fix. */
export async function emit(text: string, output: string | undefined, context: CliContext): Promise<void> {
  if (output === undefined) {
    context.stdout.write(text);
    return;
  }
  try {
    await writeFileAtomic(output, text);
  } catch (error) {
    throw new ConfigurationError(`Cannot write --output ${output}: ${fileErrorMessage(error)}.`);
  }
}

/** Reads a flag that must be one of a few words, with a message naming the flag. */
export function choice<T extends string>(value: unknown, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(`${flag} must be one of ${allowed.join(', ')}, not "${String(value)}".`);
}
