/** The branches a remote has, as `git ls-remote --heads` lists them (one network round trip, no objects). */
import type { Git } from './git.js';

export async function remoteBranches(git: Git, remote: string): Promise<{ name: string; sha: string }[]> {
  const { stdout } = await git.run(['ls-remote', '--heads', remote], { timeoutMs: 120_000 });
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [sha, ref] = line.split('\t');
      return { name: ref!.replace(/^refs\/heads\//, ''), sha: sha! };
    });
}
