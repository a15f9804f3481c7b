import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { resolveBaseUrl } from '../../src/github/client.js';
import { parseRepo, repoFromEnv } from '../../src/github/repo.js';

describe('repoFromEnv', () => {
  it('reads owner and repo from GITHUB_REPOSITORY', () => {
    expect(repoFromEnv({ GITHUB_REPOSITORY: 'octo-org/octo.repo_2' })).toEqual({
      owner: 'octo-org',
      repo: 'octo.repo_2',
    });
  });

  it.each(['octo-org', 'octo-org/octo-repo/extra', '/octo-repo', 'octo-org/', '-bad/x', 'a/..'])(
    'rejects "%s" with a ConfigurationError naming the variable',
    (value) => {
      expect(() => repoFromEnv({ GITHUB_REPOSITORY: value })).toThrow(ConfigurationError);
      expect(() => repoFromEnv({ GITHUB_REPOSITORY: value })).toThrow(`GITHUB_REPOSITORY is "${value}"`);
    },
  );

  it('says how to set it when missing', () => {
    expect(() => repoFromEnv({})).toThrow(/GITHUB_REPOSITORY is not set/);
  });

  it('parses text from elsewhere and names its source', () => {
    expect(() => parseRepo('nope', 'The "repository" input')).toThrow(/^The "repository" input is "nope"/);
  });
});

describe('resolveBaseUrl', () => {
  it('prefers the option, then GITHUB_API_URL, then api.github.com', () => {
    const env = { GITHUB_API_URL: 'https://ghe.example.com/api/v3/' };
    expect(resolveBaseUrl('http://localhost:1234', env)).toBe('http://localhost:1234');
    expect(resolveBaseUrl(undefined, env)).toBe('https://ghe.example.com/api/v3');
    expect(resolveBaseUrl(undefined, {})).toBe('https://api.github.com');
  });

  it('rejects a malformed URL', () => {
    expect(() => resolveBaseUrl('not a url', {})).toThrow(ConfigurationError);
  });
});
