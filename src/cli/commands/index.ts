import type { Command } from '../command.js';
import { checkCommand } from './pr-checks.js';
import { complianceCommand } from './compliance.js';
import { deployCommand } from './deploy.js';
import { gateCommand } from './gate.js';
import { notBuiltCommand } from './not-built.js';
import { rollbackCommand } from './rollback.js';

/** Every `shipgate` command, in the order `--help` lists them. */
export const commands: Command[] = [
  checkCommand,
  complianceCommand,
  notBuiltCommand('conflicts', 'Find merge conflicts between a branch, its base and other open pull requests'),
  gateCommand,
  deployCommand,
  rollbackCommand,
];
