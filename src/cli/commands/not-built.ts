import { ExitCode, type Command } from '../command.js';

/** A command whose engine has not shipped yet: it says so and exits 2, never pretending to pass. */
export function notBuiltCommand(name: string, summary: string): Command {
  return {
    name,
    summary: `${summary} (not available yet)`,
    usage: `shipgate ${name}`,
    optionHelp: [],
    options: {},
    allowPositionals: true,
    run: async (_input, context) => {
      context.stderr.write(`shipgate ${name}: this command is not available in this version of shipgate yet.\n`);
      return ExitCode.Usage;
    },
  };
}
