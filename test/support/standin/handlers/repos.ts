// GET /repos/{owner}/{repo} and GET /rate_limit.
import type { Handler } from '../http.js';
import { fullRepositoryJson } from '../render/repository.js';
import { ok } from './common.js';

const getRepository: Handler = (context) => ok(fullRepositoryJson(context.state, context.urls));

const getRateLimit: Handler = () => {
  const reset = Math.floor(Date.now() / 1000) + 3600;
  const limit = (max: number): Record<string, number> => ({ limit: max, remaining: max, reset, used: 0 });
  return ok({
    resources: {
      core: limit(5000),
      search: limit(30),
      graphql: limit(5000),
      integration_manifest: limit(5000),
      code_search: limit(10),
    },
    rate: limit(5000),
  });
};

export const repositoryHandlers: Record<string, Handler> = {
  'repos/get': getRepository,
  'rate-limit/get': getRateLimit,
};
