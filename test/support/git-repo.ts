/** Real git repositories for tests: made in a temporary folder, driven with the real git binary. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const IDENTITY = {
  GIT_AUTHOR_NAME: 'shipgate test',
  GIT_AUTHOR_EMAIL: 'test@shipgate.invalid',
  GIT_COMMITTER_NAME: 'shipgate test',
  GIT_COMMITTER_EMAIL: 'test@shipgate.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

export interface TestRepo {
  dir: string;
  git(...args: string[]): string;
  write(files: Record<string, string | Buffer>): void;
  remove(...files: string[]): void;
  /** writes the files, stages everything and commits; returns the new commit's SHA */
  commit(message: string, files?: Record<string, string | Buffer>): string;
}

export function makeRepo(files: Record<string, string | Buffer> = {}): TestRepo {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-repo-'));
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      env: { ...process.env, ...IDENTITY, HOME: dir },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
  const write = (more: Record<string, string | Buffer>): void => {
    for (const [file, content] of Object.entries(more)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), content);
    }
  };
  const repo: TestRepo = {
    dir,
    git,
    write,
    remove: (...paths) => paths.forEach((p) => rmSync(path.join(dir, p), { force: true, recursive: true })),
    commit(message, more = {}) {
      write(more);
      git('add', '-A');
      git('commit', '--quiet', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD').trim();
    },
  };
  git('init', '--quiet', '--initial-branch=main');
  if (Object.keys(files).length > 0) repo.commit('initial', files);
  return repo;
}

/** Environment for child processes (CLI, bundles) that commit or read config in a test repository. */
export const gitIdentityEnv = IDENTITY;
