import type { Git } from './git.js';

/** True when the ref names a commit in this repository. */
export async function refExists(git: Git, ref: string): Promise<boolean> {
  const result = await git.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowExitCodes: [1, 128] });
  return result.exitCode === 0;
}
