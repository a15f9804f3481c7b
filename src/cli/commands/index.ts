import type { Command } from '../command.js';
import { checkCommand } from './pr-checks.js';
import { complianceCommand } from './compliance.js';
import { gateCommand } from './gate.js';
import { notBuiltCommand } from './not-built.js';

/** Every `shipgate` command, in the order `--help` lists them. */
export const commands: Command[] = [
  checkCommand,
  complianceCommand,
  notBuiltCommand('conflicts', 'Find merge conflicts between a branch, its base and other open pull requests'),
  gateCommand,
  notBuiltCommand('deploy', 'Deploy to the idle colour and switch traffic after health checks'),
  notBuiltCommand('rollback', 'Return traffic to the last deployment that succeeded'),
];
