/**
 * The use case behind `shipgate conflicts` and the conflicts part of `shipgate check`: open the repository,
 * read the config, pick the base and the branches, run the engine, build the report.
 */
import os from 'node:os';
import { loadSettings, type LoadedSettings } from '../config/load.js';
import { ConfigurationError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { openRepositoryOrBare, type Git } from '../git/git.js';
import { isShallow } from '../git/history.js';
import { remotesOf, resolveBase, selectBranches, type Base, type SelectedBranch } from './branches.js';
import type { Analysis } from './merges/analyse.js';
import type { ConflictsReport } from './report/report.js';
import { runConflicts } from './run-conflicts.js';
import type { ConflictsFailOn, ConflictsSettings } from './settings.js';
import { withoutRemote } from './teams/teams.js';

export interface ConflictsRequest {
  cwd: string;
  configPath?: string;
  /** the config, when the caller already read it */
  config?: LoadedSettings;
  /** the base branch or commit; default: the config's, else origin/HEAD's branch, else main */
  base?: string;
  /** branch globs; default: the config's, else every local branch */
  patterns: string[];
  /** check only this branch against the base and the others (e.g. HEAD before a push) */
  focus?: string;
  failOn?: ConflictsFailOn;
  /** the front end's policy when neither the flag nor the config sets one */
  defaultFailOn: ConflictsFailOn;
  exhaustive?: boolean;
  logger: Logger;
  toolVersion: string;
}

/** git processes for the merges: the machine's cores, at most four (each is one core's work). */
export function mergeProcesses(): number {
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

/** In a shallow clone histories may stop before branches meet: say what to fetch instead of guessing. */
async function checkDepth(git: Git, analysis: Analysis, logger: Logger): Promise<void> {
  if (!(await isShallow(git))) return;
  const cut = [...analysis.states].filter(([, s]) => s.kind === 'unrelated').map(([name]) => name);
  if (cut.length > 0) {
    throw new ConfigurationError(
      `This is a shallow clone and ${cut.join(', ')} share no history with the base within it. Fetch the full history ` +
        '(git fetch --unshallow, or fetch-depth: 0 with actions/checkout) and run again.',
    );
  }
  logger.warning(
    'This is a shallow clone: merge bases were found within it, but a full history (fetch-depth: 0) is safer.',
  );
}

async function branchesToCheck(
  git: Git,
  request: ConflictsRequest,
  settings: ConflictsSettings,
  base: Base,
): Promise<SelectedBranch[]> {
  const remotes = await remotesOf(git);
  const patterns = request.patterns.length > 0 ? request.patterns : settings.branches;
  const branches = await selectBranches(git, patterns, base, remotes);
  // The branch in focus is checked on top of the others (no pattern means every local branch).
  const focus = request.focus;
  if (focus !== undefined && !branches.some((b) => b.name === focus))
    branches.push(...(await selectBranches(git, [focus], base, remotes)));
  if (branches.length === 0) request.logger.warning(`No branch to check against ${base.name}.`);
  return branches;
}

export async function findConflicts(request: ConflictsRequest): Promise<ConflictsReport> {
  const git = await openRepositoryOrBare(request.cwd);
  const configPath = request.configPath ? { configPath: request.configPath } : {};
  const settings = (request.config ?? (await loadSettings({ root: git.root, ...configPath }))).settings.conflicts;
  const base = await resolveBase(git, request.base ?? settings.base);
  const branches = await branchesToCheck(git, request, settings, base);
  request.logger.info(`Checking ${branches.length} branch(es) against ${base.name} (${base.sha.slice(0, 12)}).`);
  const remotes = await remotesOf(git);
  const { analysis, report } = await runConflicts({
    git,
    base,
    branches: branches.map((b) => ({ ...b, teamName: withoutRemote(b.name, remotes) })),
    ...(request.focus ? { focus: request.focus } : {}),
    settings,
    failOn: request.failOn ?? settings.failOn ?? request.defaultFailOn,
    exhaustive: request.exhaustive ?? settings.exhaustive,
    processes: mergeProcesses(),
    logger: request.logger,
    toolVersion: request.toolVersion,
  });
  await checkDepth(git, analysis, request.logger);
  return report;
}
