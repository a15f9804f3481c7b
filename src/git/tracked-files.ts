/** The files git tracks, and what .gitattributes says of them. */
import type { Git } from './git.js';

const SYMLINK_MODE = '120000';
const SUBMODULE_MODE = '160000';

/** Tracked regular files under the scan path; symlinks and submodules are never followed. */
export async function trackedFiles(git: Git, scanPath: string): Promise<string[]> {
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
export async function generatedOrVendored(git: Git, files: string[]): Promise<Set<string>> {
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
