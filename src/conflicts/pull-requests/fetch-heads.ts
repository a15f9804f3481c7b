/** The base branch and every pull request head fetched as git objects (refs/pull/N/head: forks included). */
import type { Logger } from '../../core/logger.js';
import { fetchRefspecs } from '../../git/fetch.js';
import type { Git } from '../../git/git.js';
import { resolveCommits } from '../../git/object-lookup.js';
import { resolveCommit } from '../../git/refs.js';
import type { PullRequest } from '../../github/pulls.js';
import { ConfigurationError } from '../../core/errors.js';

export interface FetchedHeads {
  baseSha: string;
  /** pull request number → the head commit */
  heads: Map<number, string>;
  /** pull request number → why its head could not be had */
  missing: Map<number, string>;
}

const headRef = (number: number) => `refs/pull/${number}/head`;

async function fetchAll(git: Git, remote: string, base: string, pulls: PullRequest[], logger: Logger) {
  const refspecs = [
    `+refs/heads/${base}:refs/remotes/${remote}/${base}`,
    ...pulls.map((p) => `+${headRef(p.number)}:${headRef(p.number)}`),
  ];
  const result = await fetchRefspecs(git, remote, refspecs);
  if (result.unshallowed)
    logger.info('The checkout was shallow: fetched the full history (fetch-depth: 0 avoids this step).');
  return new Map(result.failed.map((f) => [f.refspec, f.reason]));
}

/** The head GitHub names when it is here (it is what the event is about), else the one just fetched. */
async function headsOf(git: Git, pulls: PullRequest[]): Promise<(string | undefined)[]> {
  const named = await resolveCommits(
    git,
    pulls.map((p) => p.headSha),
  );
  const fetched = await resolveCommits(
    git,
    pulls.map((p) => headRef(p.number)),
  );
  return pulls.map((_, i) => named[i] ?? fetched[i]);
}

export async function fetchHeads(request: {
  git: Git;
  remote: string;
  base: string;
  pulls: PullRequest[];
  fetch: boolean;
  logger: Logger;
}): Promise<FetchedHeads> {
  const { git, remote, base, pulls } = request;
  const failed = request.fetch ? await fetchAll(git, remote, base, pulls, request.logger) : new Map<string, string>();
  const baseSha = (await resolveCommit(git, `refs/remotes/${remote}/${base}`)) ?? (await resolveCommit(git, base));
  if (baseSha === undefined) {
    const reason = failed.values().next().value ?? 'not in this repository';
    throw new ConfigurationError(`The base branch "${base}" could not be fetched from ${remote}: ${reason}`);
  }
  const heads = new Map<number, string>();
  const missing = new Map<number, string>();
  const found = await headsOf(git, pulls);
  for (const [index, pull] of pulls.entries()) {
    const sha = found[index];
    if (sha) heads.set(pull.number, sha);
    else
      missing.set(
        pull.number,
        failed.get(`+${headRef(pull.number)}:${headRef(pull.number)}`) ?? 'its head is not in this repository',
      );
  }
  return { baseSha, heads, missing };
}
