/**
 * The reference the engine is checked against: each merge done the plain way, as its own `git merge` in a
 * work tree, the conflicted files read from the index afterwards.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gitIdentityEnv } from '../../support/git-repo.js';

export interface OracleResult {
  /** branch → conflicted files against the base; absent when the branch merges cleanly */
  base: Map<string, string[]>;
  /** "first second" → conflicted files when second is merged after first landed */
  ordered: Map<string, string[]>;
}

/** A detached work tree of `repoDir` for merging, with its own index. */
function workTree(repoDir: string, base: string) {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'shipgate-oracle-')), 'wt');
  const env = { ...process.env, ...gitIdentityEnv, HOME: path.dirname(dir) };
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  git(repoDir, 'worktree', 'add', '--quiet', '--detach', dir, base);
  return { dir, git: (...args: string[]) => git(dir, ...args) };
}

function mergeInProgress(git: (...args: string[]) => string): boolean {
  try {
    git('rev-parse', '--quiet', '--verify', 'MERGE_HEAD');
    return true;
  } catch {
    return false;
  }
}

/** Merges `branch` into the checked-out commit; returns the conflicted files, or undefined when clean. */
function mergeOne(git: (...args: string[]) => string, branch: string): string[] | undefined {
  try {
    git('merge', '--no-ff', '--no-edit', '--quiet', branch);
    return undefined;
  } catch {
    // A merge git refused to start (unrelated histories) leaves nothing to abort.
    if (!mergeInProgress(git)) return ['(refused)'];
    // git keeps a file beside a folder of the same name as "path~<side>": compare the path itself.
    const labels = ['HEAD', branch.replace(/\//g, '_')];
    const unlabelled = (file: string) =>
      labels.reduce((p, label) => (p.endsWith(`~${label}`) ? p.slice(0, -label.length - 1) : p), file);
    const conflicted = git('diff', '--name-only', '--diff-filter=U', '-z').split('\0').filter(Boolean);
    git('merge', '--abort');
    return [...new Set(conflicted.map(unlabelled))].sort();
  }
}

/** Every merge the engine answers, each run by itself. */
export function oracle(repoDir: string, base: string, branches: string[]): OracleResult {
  const { dir, git } = workTree(repoDir, base);
  try {
    const result: OracleResult = { base: new Map(), ordered: new Map() };
    const landed = new Map<string, string>();
    for (const branch of branches) {
      git('checkout', '--quiet', '--detach', base);
      const files = mergeOne(git, branch);
      if (files) result.base.set(branch, files);
      else landed.set(branch, git('rev-parse', 'HEAD').trim());
    }
    for (const [first, landing] of landed) {
      for (const second of landed.keys()) {
        if (second === first) continue;
        git('checkout', '--quiet', '--detach', landing);
        const files = mergeOne(git, second);
        if (files) result.ordered.set(`${first} ${second}`, files);
      }
    }
    return result;
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: repoDir, stdio: 'ignore' });
  }
}
