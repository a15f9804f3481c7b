/** A repository with a shipgate config describing one environment on a real router, for deploy tests. */
import { stringify } from 'yaml';
import type { RawEnvironment } from '../../../src/deploy/settings.js';
import { makeRepo, type TestRepo } from '../git-repo.js';
import type { Apps } from './topology.js';
import { DEPLOY_APP } from './topology.js';

/** Fast health and soak settings: tests decide in a second or two. */
export function fastEnvironment(apps: Apps, router: RawEnvironment['router'], mode = 'healthy'): RawEnvironment {
  return {
    router,
    colors: { blue: apps.blue.url, green: apps.green.url },
    deploy: `node ${DEPLOY_APP} ${mode}`,
    health: {
      checks: [{ path: '/healthz', status: 200, body: 'ok' }],
      timeout: '1s',
      deadline: '3s',
      backoff: { initial: '20ms', max: '200ms' },
      'failure-threshold': 3,
    },
    soak: { duration: '1s', interval: '50ms', 'success-rate': 95, p95: '500ms' },
  };
}

export function repoWithEnvironment(name: string, environment: RawEnvironment): TestRepo {
  const config = stringify({ deploy: { environments: { [name]: environment } } });
  return makeRepo({ '.github/shipgate.yml': config, 'app.txt': 'v1\n' });
}

/** Rewrites the environment in the repository's config (committing, so HEAD moves: a new version to deploy). */
export function updateEnvironment(
  repo: TestRepo,
  name: string,
  environment: RawEnvironment,
  message = 'change',
): string {
  const config = stringify({ deploy: { environments: { [name]: environment } } });
  return repo.commit(message, { '.github/shipgate.yml': config, 'app.txt': `${message}\n` });
}
