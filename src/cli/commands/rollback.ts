import type { Command } from '../command.js';
import { emitReport, runOptions, SHARED_HELP, SHARED_OPTIONS, str } from './deploy-shared.js';

export const rollbackCommand: Command = {
  usage: 'shipgate rollback --environment NAME [--to ID|REF] [options]',
  optionHelp: [
    ...SHARED_HELP.slice(0, 1),
    '  --to ID|REF          a deployment id or a ref to go back to (default: the last good deployment',
    '                       before the current one; without a ledger: the idle colour)',
    ...SHARED_HELP.slice(1),
  ],
  options: { ...SHARED_OPTIONS, to: { type: 'string' } },
  allowPositionals: false,
  run: async (input, context) => {
    const to = str(input.values.to);
    // Loaded on use: the other commands need neither it nor the GitHub client behind it.
    const { rollbackEnvironment } = await import('../../rollback/rollback.js');
    const report = await rollbackEnvironment({
      ...(await runOptions(input, context)),
      ...(to === undefined ? {} : { to }),
    });
    return emitReport(report, input, context);
  },
};
