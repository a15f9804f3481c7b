/**
 * Behind a proxy (self-hosted runners, GHES): the bundle reaches the API through HTTP_PROXY/HTTPS_PROXY and
 * leaves it alone for hosts in NO_PROXY, as the official toolkit does. The API's host name resolves only
 * through the proxy here, so a request that skipped the proxy could not reach the stand-in at all.
 */
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo } from '../support/git-repo.js';
import { runAction } from '../support/runner.js';
import { startStandin, type Standin } from '../support/standin/index.js';

/** A forward proxy that tunnels every CONNECT to the stand-in, whatever host it names, and counts them. */
class TunnellingProxy {
  readonly targets: string[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly server: Server;

  constructor(private readonly upstreamPort: number) {
    this.server = createServer((_request, response) => response.writeHead(405).end());
    this.server.on('connect', (request, client: Socket, head) => {
      this.targets.push(request.url ?? '');
      const upstream = connect(this.upstreamPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client).pipe(upstream);
      });
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('error', () => socket.destroy());
        socket.on('close', () => this.sockets.delete(socket));
      }
    });
  }

  listen(): Promise<number> {
    return new Promise((resolve) =>
      this.server.listen(0, '127.0.0.1', () => resolve((this.server.address() as AddressInfo).port)),
    );
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

let standin: Standin;
let proxy: TunnellingProxy;
let proxyUrl: string;
let apiUrl: string;

beforeAll(async () => {
  standin = await startStandin();
  const port = new URL(standin.url).port;
  proxy = new TunnellingProxy(Number(port));
  proxyUrl = `http://127.0.0.1:${await proxy.listen()}`;
  apiUrl = `http://api.github.shipgate.invalid:${port}`;
});
afterEach(() => {
  standin.assertNoViolations();
  standin.reset();
  proxy.targets.length = 0;
});
afterAll(async () => {
  await proxy.close();
  await standin.close();
});

const longFunction = `def handler():\n${'    x = 1\n'.repeat(39)}`;

function pushRun(env: Record<string, string>, inputs: Record<string, string> = {}) {
  const repo = makeRepo({ 'app/feature.py': longFunction });
  const sha = repo.git('rev-parse', 'HEAD').trim();
  return runAction({
    action: 'compliance',
    workspace: repo.dir,
    eventName: 'push',
    sha,
    apiUrl,
    env,
    inputs: { mode: 'full', ...inputs },
  });
}

describe('GitHub API behind a proxy', () => {
  it('goes through HTTP_PROXY to reach the API', async () => {
    const run = await pushRun({ HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl });
    expect(run.exitCode, run.stdout).toBe(1);
    expect(proxy.targets.length).toBeGreaterThan(0);
    expect(proxy.targets.every((t) => t.startsWith('api.github.shipgate.invalid:'))).toBe(true);
    expect(standin.state.checkRuns).toMatchObject([{ name: 'shipgate / compliance', conclusion: 'failure' }]);
  });

  it('leaves the proxy alone for a host in NO_PROXY', async () => {
    const env = { HTTP_PROXY: proxyUrl, NO_PROXY: 'example.org,.shipgate.invalid' };
    const run = await pushRun(env, { 'publish-timeout': '3' });
    expect(run.exitCode).toBe(1);
    expect(proxy.targets).toEqual([]);
    const warning = run.commands.find(
      (c) => c.command === 'warning' && c.message.startsWith('Could not publish the check run'),
    );
    expect(warning).toBeDefined();
  });
});
