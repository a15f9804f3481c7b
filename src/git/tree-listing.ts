/** The files a tree holds under some folders, from one `git ls-tree` for all of them. */
import type { Git } from './git.js';

/** folder → the paths of the files under it (at any depth), for each folder asked. */
export async function filesUnder(git: Git, tree: string, folders: string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>(folders.map((folder) => [folder, []]));
  if (folders.length === 0) return found;
  const { stdout } = await git.run(['ls-tree', '-r', '--name-only', '-z', '--full-tree', tree, '--', ...folders]);
  for (const path of stdout.split('\0').filter(Boolean)) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) found.get(parts.slice(0, i).join('/'))?.push(path);
  }
  return found;
}
