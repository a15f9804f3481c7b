import path from 'node:path';
import picomatch from 'picomatch';
import type { Git } from '../git/git.js';

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

const SYMLINK_MODE = '120000';
const SUBMODULE_MODE = '160000';

/** Tracked regular files under the scan path; symlinks and submodules are never followed. */
async function trackedFiles(git: Git, scanPath: string): Promise<string[]> {
  const args = ['--literal-pathspecs', 'ls-files', '-z', '-s', '--full-name', '--', scanPath === '' ? '.' : scanPath];
  const { stdout } = await git.run(args);
  const files: string[] = [];
  for (const record of stdout.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const mode = record.slice(0, 6);
    const stage = record.slice(tab - 1, tab);
    if (mode === SYMLINK_MODE || mode === SUBMODULE_MODE || (stage !== '0' && stage !== '2')) continue;
    files.push(record.slice(tab + 1));
  }
  return [...new Set(files)];
}

/** Files marked linguist-generated or linguist-vendored in .gitattributes are not scanned. */
async function generatedOrVendored(git: Git, files: string[]): Promise<Set<string>> {
  if (files.length === 0) return new Set();
  const { stdout } = await git.run(['check-attr', '-z', '--stdin', 'linguist-generated', 'linguist-vendored'], {
    input: files.join('\0') + '\0',
  });
  const fields = stdout.split('\0');
  const marked = new Set<string>();
  for (let i = 0; i + 2 < fields.length; i += 3) {
    const value = fields[i + 2];
    if (value === 'set' || value === 'true') marked.add(fields[i]!);
  }
  return marked;
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
