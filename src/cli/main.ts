import { parseArgs } from 'node:util';
import { closest } from 'fastest-levenshtein';
import packageJson from '../../package.json' with { type: 'json' };
import { ConfigurationError, errorMessage } from '../core/errors.js';
import { ExitCode, type CliContext, type Command, type CommandEntry } from './command.js';
import { commands } from './commands/index.js';

const COMMON_HELP = ['  -h, --help     show help for the command'];

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const rows = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    `shipgate ${packageJson.version}: CI checks for teams that ship many parallel branches.`,
    '',
    'Usage: shipgate <command> [options]',
    '',
    'Commands:',
    ...rows,
    '',
    'Run `shipgate <command> --help` for the options of a command.',
    'Exit codes: 0 passed, 1 the check failed, 2 bad usage or bad config.',
    '',
  ].join('\n');
}

function commandHelp(entry: CommandEntry, command: Command): string {
  return [`Usage: ${command.usage}`, '', entry.summary, '', 'Options:', ...command.optionHelp, ...COMMON_HELP, ''].join(
    '\n',
  );
}

function findCommand(name: string, context: CliContext): CommandEntry | undefined {
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const hint = closest(
      name,
      commands.map((c) => c.name),
    );
    context.stderr.write(`shipgate: unknown command "${name}"; did you mean "${hint}"?\n\n${overview()}`);
  }
  return command;
}

async function runCommand(entry: CommandEntry, args: string[], context: CliContext): Promise<number> {
  const command = await entry.load();
  const parsed = parseArgs({
    args,
    options: { ...command.options, help: { type: 'boolean', short: 'h' } },
    allowPositionals: command.allowPositionals,
    strict: true,
  });
  if (parsed.values.help) {
    context.stdout.write(commandHelp(entry, command));
    return ExitCode.Passed;
  }
  return command.run({ values: parsed.values, positionals: parsed.positionals }, context);
}

/** Runs the CLI and returns its exit code; errors become messages, bugs are reported as such. */
export async function main(args: string[], context: CliContext): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    context.stdout.write(overview());
    return name === undefined ? ExitCode.Usage : ExitCode.Passed;
  }
  if (name === '--version' || name === '-v') {
    context.stdout.write(`${packageJson.version}\n`);
    return ExitCode.Passed;
  }
  const command = findCommand(name, context);
  if (!command) return ExitCode.Usage;
  try {
    return await runCommand(command, rest, context);
  } catch (error) {
    return reportError(command.name, error, context);
  }
}

function reportError(commandName: string, error: unknown, context: CliContext): number {
  const isUsage =
    error instanceof ConfigurationError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  if (isUsage) {
    context.stderr.write(`shipgate ${commandName}: ${errorMessage(error)}\n`);
    return ExitCode.Usage;
  }
  const detail = error instanceof Error && error.stack ? error.stack : errorMessage(error);
  context.stderr.write(`shipgate ${commandName} failed unexpectedly (a bug; please report it):\n${detail}\n`);
  return ExitCode.Usage;
}
