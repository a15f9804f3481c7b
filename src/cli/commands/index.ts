import type { CommandEntry } from '../command.js';

/**
 * Every `shipgate` command, in the order `--help` lists them. A command's module, and all it needs (the
 * GitHub client, the report parsers, the deploy engine), loads only when that command runs: a local
 * `shipgate compliance` starts without them.
 */
export const commands: CommandEntry[] = [
  {
    name: 'check',
    summary: 'Run the pull-request checks the config enables (with no config: V2 compliance of the changed files)',
    load: () => import('./pr-checks.js').then((m) => m.checkCommand),
  },
  {
    name: 'compliance',
    summary: 'Check files, classes and functions against line-count limits (V2 by default)',
    load: () => import('./compliance.js').then((m) => m.complianceCommand),
  },
  {
    name: 'conflicts',
    summary: 'Find merge conflicts between branches, their base and each other, by real merges',
    load: () => import('./conflicts.js').then((m) => m.conflictsCommand),
  },
  {
    name: 'gate',
    summary: 'Pass or fail on coverage, test, lint and compliance results',
    load: () => import('./gate.js').then((m) => m.gateCommand),
  },
  {
    name: 'deploy',
    summary: 'Deploy to the idle colour and switch traffic after health checks',
    load: () => import('./deploy.js').then((m) => m.deployCommand),
  },
  {
    name: 'rollback',
    summary: 'Return traffic to the last deployment that succeeded',
    load: () => import('./rollback.js').then((m) => m.rollbackCommand),
  },
];
