/**
 * Which config judges a change. A pull request's own files never decide how it is judged: in
 * changed-files mode the config is read as it is at the merge base (new exceptions and looser rules take
 * effect once merged, after review), unless the repository trusts the work tree's config (for example
 * because CODEOWNERS protects it). Either way the differences are listed so reviewers see them.
 */
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import type { Git } from '../git/git.js';
import { refExists } from '../git/refs.js';
import { staysInside } from './formats.js';
import { loadSettings, parseSettings, type LoadedSettings } from './load.js';
import { DEFAULT_CONFIG_PATH, settingsFromConfig, type Settings } from './settings.js';

export interface ConfigRequest {
  git: Git;
  /** the config file (absolute, or relative to the repository root); default .github/shipgate.yml */
  configPath?: string;
  /** the merge base of a change; absent for a full scan, which reads the work tree's config */
  mergeBase?: string;
  /** judge the change by the work tree's config instead of the merge base's */
  trustWorkTree: boolean;
}

/** The config file as a repository path; undefined for a file outside the repository, which no change can touch. */
function repositoryPathOf(git: Git, configPath: string | undefined): string | undefined {
  if (configPath === undefined) return DEFAULT_CONFIG_PATH;
  const relative = path.relative(git.root, path.resolve(git.root, configPath)).split(path.sep).join('/');
  return staysInside(relative) ? relative : undefined;
}

async function loadAt(git: Git, commit: string, repoPath: string): Promise<LoadedSettings> {
  // A commit the clone lacks must not read as "no config here": that would judge by the defaults.
  if (!(await refExists(git, commit))) {
    throw new ConfigurationError(
      `The commit ${commit.slice(0, 12)}, whose config judges this change, is not in the clone: check out with fetch-depth: 0.`,
    );
  }
  const { stdout, exitCode } = await git.run(['show', `${commit}:${repoPath}`], { allowExitCodes: [128] });
  if (exitCode !== 0) return { settings: settingsFromConfig({}), commit };
  return { settings: parseSettings(stdout, `${repoPath} at ${commit.slice(0, 12)}`), source: repoPath, commit };
}

/** Reads the config that judges this run, with what the work tree's config would change. */
export async function resolveConfig(request: ConfigRequest): Promise<LoadedSettings> {
  const { git, configPath, mergeBase } = request;
  const workTree = await loadSettings({ root: git.root, ...(configPath === undefined ? {} : { configPath }) });
  const repoPath = repositoryPathOf(git, configPath);
  if (mergeBase === undefined || repoPath === undefined) return workTree;
  const atBase = await loadAt(git, mergeBase, repoPath);
  const changes = describeChanges(atBase.settings, workTree.settings);
  return request.trustWorkTree ? { ...workTree, changes } : { ...atBase, changes };
}

/** Every setting the second config changes, as `path: before → after` lines. */
export function describeChanges(before: Settings, after: Settings): string[] {
  const lines: string[] = [];
  walkChanges(before, after, '', lines);
  return lines;
}

function walkChanges(before: unknown, after: unknown, where: string, lines: string[]): void {
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  const bothObjects = isPlainObject(before) && isPlainObject(after);
  if (!bothObjects) {
    lines.push(`${where}: ${JSON.stringify(before) ?? 'unset'} → ${JSON.stringify(after) ?? 'unset'}`);
    return;
  }
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    walkChanges(before[key], after[key], where === '' ? key : `${where}.${key}`, lines);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
