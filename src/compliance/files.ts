import path from 'node:path';
import picomatch from 'picomatch';
import type { Git } from '../git/git.js';
import { generatedOrVendored, trackedFiles } from '../git/tracked-files.js';

/** Which tracked files a scan covers. Globs match paths relative to the repository root. */
export interface FileSelection {
  /** the scanned folder, relative to the repository root ('' or '.' for all of it) */
  scanPath: string;
  include: string[];
  exclude: string[];
  shard?: { index: number; count: number };
}

export interface ScanFile {
  /** relative to the scanned root, forward slashes: what reports show */
  path: string;
  /** relative to the repository root: what git and the file system use */
  repoPath: string;
}

/** FNV-1a: a stable hash so that every shard of a matrix job picks the same files on every machine. */
function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function globFilter(include: string[], exclude: string[]): (file: string) => boolean {
  const options = { dot: true };
  const included = include.length > 0 ? picomatch(include, options) : () => true;
  const excluded = exclude.length > 0 ? picomatch(exclude, options) : () => false;
  return (file) => included(file) && !excluded(file);
}

/** Lists the files a compliance scan covers, in a stable order. */
export async function selectFiles(git: Git, selection: FileSelection): Promise<ScanFile[]> {
  const scanPath = normalizeScanPath(selection.scanPath);
  const tracked = await trackedFiles(git, scanPath);
  const marked = await generatedOrVendored(git, tracked);
  const matches = globFilter(selection.include, selection.exclude);
  const shard = selection.shard;
  return tracked
    .filter((repoPath) => !marked.has(repoPath))
    .filter((repoPath) => matches(repoPath))
    .filter((repoPath) => !shard || stableHash(repoPath) % shard.count === shard.index - 1)
    .map((repoPath) => ({ repoPath, path: scanPath === '' ? repoPath : path.posix.relative(scanPath, repoPath) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** '' for the repository root, else a repository-relative folder with forward slashes. */
export function normalizeScanPath(scanPath: string): string {
  const normalized = path.posix.normalize(scanPath.replace(/\\/g, '/')).replace(/\/+$/, '');
  return normalized === '.' ? '' : normalized;
}
