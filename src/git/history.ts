import type { Git } from './git.js';

/** The commit `ref` names and its first parents, newest first, at most `count`; empty when git knows no such ref. */
export async function firstParentHistory(git: Git, ref: string, count: number): Promise<string[]> {
  if (count <= 0) return [];
  const result = await git.run(['rev-list', '--first-parent', `--max-count=${count}`, ref, '--'], {
    allowExitCodes: [128],
  });
  return result.exitCode === 0 ? result.stdout.split('\n').filter(Boolean) : [];
}
