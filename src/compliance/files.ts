import { existsSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Git } from '../git/git.js';
import { generatedOrVendored, trackedFiles } from '../git/tracked-files.js';
import type { SkippedFile } from './report.js';

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

export interface Selected {
  files: ScanFile[];
  /** every tracked file under the scanned folder, selected or not (repository paths) */
  tracked: Set<string>;
  /** tracked files that cannot be scanned by name */
  skipped: SkippedFile[];
  /** include globs that matched no tracked file: almost always a mistake worth a warning */
  idleIncludes: string[];
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

/** Whether a repository path belongs to the shard (every path belongs to an unsharded run). */
export function inShard(repoPath: string, shard: FileSelection['shard']): boolean {
  return !shard || stableHash(repoPath) % shard.count === shard.index - 1;
}

function globFilter(include: string[], exclude: string[]): (file: string) => boolean {
  const options = { dot: true };
  const included = include.length > 0 ? picomatch(include, options) : () => true;
  const excluded = exclude.length > 0 ? picomatch(exclude, options) : () => false;
  return (file) => included(file) && !excluded(file);
}

/**
 * git prints names as bytes; a name that is not UTF-8 decodes with U+FFFD and names no file. Such files
 * are reported by name as skipped rather than dropped without a word.
 */
function undecodableNames(root: string, tracked: string[]): Set<string> {
  return new Set(tracked.filter((p) => p.includes('\uFFFD') && !existsSync(path.join(root, p))));
}

function idleIncludes(include: string[], tracked: string[]): string[] {
  return include.filter((glob) => {
    const matches = picomatch(glob, { dot: true });
    return !tracked.some((file) => matches(file));
  });
}

const byPath = (a: ScanFile, b: ScanFile): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Lists the files a compliance scan covers, in a stable order. */
export async function selectFiles(git: Git, selection: FileSelection): Promise<Selected> {
  const scanPath = normalizeScanPath(selection.scanPath);
  const tracked = await trackedFiles(git, scanPath);
  const undecodable = undecodableNames(git.root, tracked);
  const readable = tracked.filter((p) => !undecodable.has(p));
  const marked = await generatedOrVendored(git, readable);
  const matches = globFilter(selection.include, selection.exclude);
  const chosen = (repoPath: string): boolean => matches(repoPath) && inShard(repoPath, selection.shard);
  const files = readable
    .filter((repoPath) => !marked.has(repoPath) && chosen(repoPath))
    .map((repoPath) => ({ repoPath, path: scanPath === '' ? repoPath : path.posix.relative(scanPath, repoPath) }))
    .sort(byPath);
  const skipped = [...undecodable]
    .filter(chosen)
    .map((p) => ({ path: p, reason: 'its name is not valid UTF-8 (shown with U+FFFD): rename it to scan it' }));
  return { files, tracked: new Set(tracked), skipped, idleIncludes: idleIncludes(selection.include, tracked) };
}

/** '' for the repository root, else a repository-relative folder with forward slashes. */
export function normalizeScanPath(scanPath: string): string {
  const normalized = path.posix.normalize(scanPath.replace(/\\/g, '/')).replace(/\/+$/, '');
  return normalized === '.' ? '' : normalized;
}
