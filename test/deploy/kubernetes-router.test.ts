// The Kubernetes router against a local stand-in of the API server: kubeconfig credentials (client certificate
// and CA inline or as files, or a token), the Service read and its selector patched.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { KubernetesRouter } from '../../src/deploy/routers/kubernetes.js';
import type { KubernetesRouterSettings } from '../../src/deploy/settings.js';
import { makeTls, startKubeStandin, type KubeStandin, type Tls } from '../support/kubernetes/standin.js';

let tls: Tls;
let api: KubeStandin;

beforeAll(async () => {
  tls = makeTls();
  api = await startKubeStandin(tls);
});
afterAll(() => api.close());
afterEach(() => {
  expect(api.violations).toEqual([]);
  api.service.spec.selector.color = 'blue';
  api.delayMs = 0;
});

function kubeconfig(
  user: Record<string, string>,
  cluster: Record<string, string> = { 'certificate-authority-data': tls.ca.toString('base64') },
): string {
  const file = path.join(tls.dir, `kubeconfig-${Math.random().toString(36).slice(2)}`);
  const config = {
    apiVersion: 'v1',
    kind: 'Config',
    'current-context': 'test',
    contexts: [{ name: 'test', context: { cluster: 'local', user: 'deployer' } }],
    clusters: [{ name: 'local', cluster: { server: api.url, ...cluster } }],
    users: [{ name: 'deployer', user }],
  };
  writeFileSync(file, stringify(config));
  return file;
}

function router(file: string, overrides: Partial<KubernetesRouterSettings> = {}): KubernetesRouter {
  const settings: KubernetesRouterSettings = {
    type: 'kubernetes',
    namespace: 'shop',
    service: 'web',
    label: 'color',
    kubeconfig: file,
    timeoutMs: 2000,
    ...overrides,
  };
  return new KubernetesRouter(settings, {});
}

describe('Kubernetes router', () => {
  it('reads the live colour and switches it with a merge patch of the selector (client certificate)', async () => {
    const file = kubeconfig({
      'client-certificate-data': tls.clientCert.toString('base64'),
      'client-key-data': tls.clientKey.toString('base64'),
    });
    const kube = router(file);
    expect(await kube.live()).toBe('blue');
    await kube.switchTo('green');
    expect(await kube.live()).toBe('green');
    expect(api.service.spec.selector).toEqual({ app: 'web', color: 'green' });
    const patch = api.requests.find((r) => r.method === 'PATCH')!;
    expect(patch).toMatchObject({
      path: '/api/v1/namespaces/shop/services/web',
      contentType: 'application/merge-patch+json',
    });
    expect(JSON.parse(patch.body)).toEqual({ spec: { selector: { color: 'green' } } });
  });

  it('takes certificate files relative to the kubeconfig, and tokens', async () => {
    writeFileSync(path.join(tls.dir, 'token'), `${api.token}\n`);
    const file = kubeconfig({ tokenFile: 'token' }, { 'certificate-authority': 'ca.crt' });
    await router(file).switchTo('green');
    expect(api.service.spec.selector.color).toBe('green');
  });

  it('names the permissions it needs when the API refuses, and does not trust an unknown CA', async () => {
    const refused = router(kubeconfig({ token: 'wrong' }));
    await expect(refused.live()).rejects.toThrow(
      /refused to read Kubernetes Service shop\/web \(401\).*"get" and "patch" on services in shop/,
    );
    const untrusted = router(kubeconfig({ token: api.token }, {}));
    await expect(untrusted.live()).rejects.toThrow(/self-signed|unable to verify|certificate/i);
  });

  it('gives up on an API server that does not answer in time', async () => {
    api.delayMs = 1500;
    const slow = router(kubeconfig({ token: api.token }), { timeoutMs: 200 });
    await expect(slow.live()).rejects.toThrow(/no answer within 200 ms/);
  });

  it('refuses kubeconfig users that need exec plugins', async () => {
    const file = kubeconfig({});
    writeFileSync(
      file,
      stringify({
        'current-context': 'c',
        contexts: [{ name: 'c', context: { cluster: 'k', user: 'u' } }],
        clusters: [{ name: 'k', cluster: { server: api.url } }],
        users: [{ name: 'u', user: { exec: { command: 'aws' } } }],
      }),
    );
    await expect(router(file).live()).rejects.toThrow(/exec or auth-provider plugin, which shipgate does not run/);
  });
});
