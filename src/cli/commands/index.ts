import type { Command } from '../command.js';
import { checkCommand } from './pr-checks.js';
import { complianceCommand } from './compliance.js';
import { deployCommand } from './deploy.js';
import { gateCommand } from './gate.js';
import { conflictsCommand } from './conflicts.js';
import { rollbackCommand } from './rollback.js';

/** Every `shipgate` command, in the order `--help` lists them. */
export const commands: Command[] = [
  checkCommand,
  complianceCommand,
  conflictsCommand,
  gateCommand,
  deployCommand,
  rollbackCommand,
];
