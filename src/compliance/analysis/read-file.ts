/**
 * Reads a tracked file from the work tree, refusing what could lead outside the repository or never end:
 * a symlink put where git tracks a regular file, a folder symlinked out of the repository, a FIFO or
 * device (which could block a read forever).
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';

export type ReadOutcome = { bytes: Buffer } | { skipped: string } | { gone: true };

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
const FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** Real folders inside the root, remembered per folder: most files share a handful of folders. */
export class WorkTreeReader {
  private readonly folders = new Map<string, boolean>();
  private readonly realRoot: string;

  constructor(private readonly root: string) {
    this.realRoot = realpathSync(root);
  }

  read(repoPath: string): ReadOutcome {
    const full = path.join(this.root, repoPath);
    if (!this.folderInside(path.dirname(full)))
      return { skipped: 'its folder is a link that leads outside the repository' };
    let fd: number;
    try {
      fd = openSync(full, FLAGS);
    } catch (error) {
      return outcomeOf(error as NodeJS.ErrnoException);
    }
    try {
      const info = fstatSync(fd);
      if (!info.isFile()) return { skipped: 'not a regular file in the work tree' };
      return { bytes: readAll(fd, info.size) };
    } finally {
      closeSync(fd);
    }
  }

  private folderInside(folder: string): boolean {
    let inside = this.folders.get(folder);
    if (inside === undefined) {
      inside = isInside(this.realRoot, realFolder(folder));
      this.folders.set(folder, inside);
    }
    return inside;
  }
}

/**
 * The file's bytes in one read of its known size (readFileSync(fd) would stat it again and read once more
 * to find the end: on 20,000 small files those system calls are most of the scan).
 */
function readAll(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(fd, bytes, filled, size - filled, null);
    if (read === 0) break; // shrunk since the stat: what is there is what there is
    filled += read;
  }
  return filled === size ? bytes : bytes.subarray(0, filled);
}

function realFolder(folder: string): string | undefined {
  try {
    return realpathSync(folder);
  } catch {
    return undefined; // a folder deleted since git listed it: its files are gone, which read() reports
  }
}

function isInside(root: string, folder: string | undefined): boolean {
  if (folder === undefined) return true;
  const relative = path.relative(root, folder);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function outcomeOf(error: NodeJS.ErrnoException): ReadOutcome {
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return { gone: true };
  if (error.code === 'ELOOP') return { skipped: 'a symbolic link in the work tree where git tracks a regular file' };
  return { skipped: `cannot be read (${error.code ?? error.message})` };
}
