/**
 * A throwaway object store for git commands that write objects as a side effect (`merge-tree` writes the
 * trees and blobs of every merge it tries, clean or not; simulated landings write commits). The repository's
 * own store is read through GIT_ALTERNATE_OBJECT_DIRECTORIES and never written to.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Git, GitResult, GitRunOptions } from './git.js';

/** A `Git` whose commands write objects into a temporary folder, with a second folder for scratch files. */
export interface ScratchGit extends Git {
  /** a folder for files the commands read (e.g. commit texts for hash-object) */
  readonly filesDir: string;
}

class ScratchObjectsGit implements ScratchGit {
  constructor(
    private readonly git: Git,
    private readonly env: Record<string, string>,
    readonly filesDir: string,
  ) {}

  get root(): string {
    return this.git.root;
  }

  run(args: string[], options: GitRunOptions = {}): Promise<GitResult> {
    return this.git.run(args, { ...options, env: { ...options.env, ...this.env } });
  }

  read(args: string[], options: GitRunOptions = {}): Promise<Buffer> {
    return this.git.read(args, { ...options, env: { ...options.env, ...this.env } });
  }
}

/** The repository's object folder as an absolute path (worktrees share the main repository's). */
async function objectsDirOf(git: Git): Promise<string> {
  const { stdout } = await git.run(['rev-parse', '--git-path', 'objects']);
  return path.resolve(git.root, stdout.trim());
}

/** Runs `use` with a `Git` that writes objects to a throwaway store; the store is deleted afterwards. */
export async function withScratchObjects<T>(git: Git, use: (scratch: ScratchGit) => Promise<T>): Promise<T> {
  const own = await objectsDirOf(git);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shipgate-objects-'));
  try {
    const objects = path.join(dir, 'objects');
    const files = path.join(dir, 'files');
    await Promise.all([mkdir(objects), mkdir(files)]);
    const alternates = [own, process.env.GIT_ALTERNATE_OBJECT_DIRECTORIES].filter(Boolean).join(path.delimiter);
    const env = { GIT_OBJECT_DIRECTORY: objects, GIT_ALTERNATE_OBJECT_DIRECTORIES: alternates };
    return await use(new ScratchObjectsGit(git, env, files));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
