import type { Command } from '../command.js';
import { emitReport, runOptions, SHARED_HELP, SHARED_OPTIONS, str } from './deploy-shared.js';

export const deployCommand: Command = {
  usage: 'shipgate deploy --environment NAME [--ref REF] [options]',
  optionHelp: [
    ...SHARED_HELP.slice(0, 1),
    '  --ref REF            the branch, tag or SHA to deploy (default HEAD)',
    ...SHARED_HELP.slice(1),
  ],
  options: { ...SHARED_OPTIONS, ref: { type: 'string' } },
  allowPositionals: false,
  run: async (input, context) => {
    const ref = str(input.values.ref);
    // Loaded on use: the other commands need neither it nor the GitHub client behind it.
    const { deployEnvironment } = await import('../../deploy/deploy-environment.js');
    const report = await deployEnvironment({
      ...(await runOptions(input, context)),
      ...(ref === undefined ? {} : { ref }),
    });
    return emitReport(report, input, context);
  },
};
