// Creating writes without duplicates. A POST that fails with a 5xx, a dropped connection or a timeout may
// still have been carried out by GitHub; sending it again blindly would make a second issue, comment,
// check run, deployment or status. So creating calls are never retried by the retry plugin: after such a
// failure they look for what the attempt may have made, and only create again when it is not there.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { GitHubClient } from './client.js';
import { statusOf } from './request-error.js';

/** Per-request option for creating POSTs: the retry plugin must not repeat them (createOnce decides). */
export const NO_BLIND_RETRY = { retries: 0 };

/**
 * Runs `attempt` (a creating POST sent with `request: NO_BLIND_RETRY`) and returns what it made. When it
 * fails in a way that leaves open whether GitHub made the object (5xx, no answer, timeout), waits as the
 * retry plugin would, calls `lookup`, and returns what it finds; otherwise tries again, up to the client's
 * retries. `lookup` must only find the object this creation makes (a nonce, a marker, or a rule that
 * says at most one may exist); it is a read, retried as usual. Other failures (refusals, 4xx) are thrown.
 * `what` reads as "GitHub managed to <what>".
 */
export async function createOnce<T>(
  client: GitHubClient,
  what: string,
  attempt: () => Promise<T>,
  lookup: () => Promise<T | undefined>,
): Promise<T> {
  const retries = client.requestPolicy?.retries ?? 0;
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!mayHaveBeenMade(error)) throw error;
      const found = await lookAfterFailure(client, what, error, { tries, retries, lookup });
      if (found !== undefined) return found;
      if (tries > retries) throw error;
    }
  }
}

interface Recovery<T> {
  tries: number;
  retries: number;
  lookup: () => Promise<T | undefined>;
}

async function lookAfterFailure<T>(
  client: GitHubClient,
  what: string,
  error: unknown,
  recovery: Recovery<T>,
): Promise<T | undefined> {
  const policy = client.requestPolicy;
  const { tries, retries } = recovery;
  const wait = (policy?.retryBaseDelayMs ?? 0) * tries * tries;
  // Past the client's deadline there is no time left to look: the failure stands.
  if (policy?.deadline !== undefined && Date.now() + wait >= policy.deadline) throw error;
  const next = tries <= retries ? ` before trying again (attempt ${tries + 1} of ${retries + 1})` : '';
  const reason = error instanceof Error ? error.message : String(error);
  policy?.logger.warning(`Could not tell whether GitHub managed to ${what}: ${reason} Looking for it${next}.`);
  // The same backoff the retry plugin uses; it also gives GitHub time to show what it made.
  await sleep(wait);
  const found = await recovery.lookup();
  if (found !== undefined) policy?.logger.info(`GitHub had managed to ${what} after all; not doing it again.`);
  return found;
}

/** A 5xx (500 also standing for "no answer" and timeouts): GitHub may have done the write before failing. */
function mayHaveBeenMade(error: unknown): boolean {
  const status = statusOf(error);
  return status !== undefined && status >= 500;
}

/** A value no other creation uses, to recognise what one creation made (check-run external ids, deployment payloads). */
export function creationNonce(): string {
  return `shipgate-${randomUUID()}`;
}
