import type { ParseArgsConfig } from 'node:util';

/** What a command may touch: its streams, working directory and environment, passed in for tests. */
export interface CliContext {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export type ParsedValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface CommandInput {
  values: ParsedValues;
  positionals: string[];
}

/** One `shipgate <command>`; exit codes: 0 passed, 1 the check failed, 2 bad usage or config. */
/** A command as `--help` lists it; its module is loaded only when it runs. */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

/** What a command's module gives: how it is called, and what it does. */
export interface Command {
  usage: string;
  /** lines describing the options, shown by --help */
  optionHelp: string[];
  options: NonNullable<ParseArgsConfig['options']>;
  allowPositionals: boolean;
  run(input: CommandInput, context: CliContext): Promise<number>;
}

export const ExitCode = { Passed: 0, Failed: 1, Usage: 2 } as const;
