/**
 * Fetching refs as git objects only: nothing is checked out, so the code fetched (a pull request from a
 * fork, say) is never run. Many refs per `git fetch`, with a per-ref fallback that names what failed.
 */
import type { Git } from './git.js';
import { isShallow } from './history.js';

export interface FetchResult {
  /** refspecs that could not be fetched, with git's reason */
  failed: { refspec: string; reason: string }[];
  /** the clone was shallow and its full history was fetched on the way */
  unshallowed: boolean;
}

const FETCH_TIMEOUT_MS = 10 * 60_000;

async function fetch(git: Git, remote: string, refspecs: string[], unshallow: boolean): Promise<string | undefined> {
  const args = ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', ...(unshallow ? ['--unshallow'] : [])];
  const result = await git.run([...args, '--stdin', remote], {
    input: refspecs.join('\n') + '\n',
    allowExitCodes: [1, 128],
    timeoutMs: FETCH_TIMEOUT_MS,
  });
  return result.exitCode === 0 ? undefined : result.stderr.trim() || `git fetch exited ${result.exitCode}`;
}

/**
 * Fetches the refspecs from the remote in one go; when that fails, one by one, so a single missing ref
 * (a deleted pull request head) costs only that ref. A shallow clone is deepened to its full history,
 * since merge bases may lie beyond its cut.
 */
export async function fetchRefspecs(git: Git, remote: string, refspecs: string[]): Promise<FetchResult> {
  const unshallow = await isShallow(git);
  if (refspecs.length === 0) return { failed: [], unshallowed: false };
  const error = await fetch(git, remote, refspecs, unshallow);
  if (error === undefined) return { failed: [], unshallowed: unshallow };
  if (refspecs.length === 1) return { failed: [{ refspec: refspecs[0]!, reason: error }], unshallowed: false };
  const failed: FetchResult['failed'] = [];
  let deepened = !unshallow;
  for (const refspec of refspecs) {
    const reason = await fetch(git, remote, [refspec], !deepened);
    if (reason === undefined) deepened = true;
    else failed.push({ refspec, reason });
  }
  return { failed, unshallowed: unshallow && deepened };
}
