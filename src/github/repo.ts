import { ConfigurationError } from '../core/errors.js';

/** The repository every GitHub call in a run is about. */
export interface RepoRef {
  owner: string;
  repo: string;
}

// GitHub's rules: owners are alphanumerics and single hyphens; repository names also allow "." and "_".
const OWNER_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const NAME_PATTERN = /^[A-Za-z0-9._-]+$/;

/** Parses "owner/repo"; `source` names where the text came from, for the error message. */
export function parseRepo(text: string, source = 'the repository name'): RepoRef {
  const parts = text.trim().split('/');
  const [owner, repo] = parts;
  const valid =
    parts.length === 2 &&
    owner !== undefined &&
    repo !== undefined &&
    OWNER_PATTERN.test(owner) &&
    NAME_PATTERN.test(repo) &&
    repo !== '.' &&
    repo !== '..';
  if (!valid) {
    throw new ConfigurationError(
      `${source} is "${text}", which is not of the form "owner/repo" (for example "octo-org/octo-repo").`,
    );
  }
  return { owner, repo };
}

/** The repository the workflow runs in, from GITHUB_REPOSITORY (set by the Actions runner). */
export function repoFromEnv(env: NodeJS.ProcessEnv = process.env): RepoRef {
  const value = env['GITHUB_REPOSITORY'];
  if (value === undefined || value.trim() === '') {
    throw new ConfigurationError(
      'GITHUB_REPOSITORY is not set: outside GitHub Actions, set it to "owner/repo" to say which repository to use.',
    );
  }
  return parseRepo(value, 'GITHUB_REPOSITORY');
}

/** "owner/repo", for messages. */
export function repoName(repo: RepoRef): string {
  return `${repo.owner}/${repo.repo}`;
}
