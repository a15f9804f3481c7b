import type { Command } from '../command.js';
import { checkCommand } from './pr-checks.js';
import { complianceCommand } from './compliance.js';
import { conflictsCommand } from './conflicts.js';
import { notBuiltCommand } from './not-built.js';

/** Every `shipgate` command, in the order `--help` lists them. */
export const commands: Command[] = [
  checkCommand,
  complianceCommand,
  conflictsCommand,
  notBuiltCommand('gate', 'Pass or fail on coverage, test, lint and compliance results'),
  notBuiltCommand('deploy', 'Deploy to the idle colour and switch traffic after health checks'),
  notBuiltCommand('rollback', 'Return traffic to the last deployment that succeeded'),
];
