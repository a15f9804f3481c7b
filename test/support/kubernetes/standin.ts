/**
 * A local stand-in for the Kubernetes API server, enough for the Kubernetes router: HTTPS with a CA made by
 * openssl for the test, client-certificate or bearer-token authentication, and one Service in memory. Every
 * request is checked: the path and method must be an operation of the core v1 Service API, a PATCH must be a
 * JSON merge patch that only touches spec.selector with string values (no npm package ships Kubernetes' own
 * OpenAPI description, so these rules are written out here). Anything else is answered 400 and recorded.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import os from 'node:os';
import path from 'node:path';

export interface Tls {
  dir: string;
  ca: Buffer;
  serverCert: Buffer;
  serverKey: Buffer;
  clientCert: Buffer;
  clientKey: Buffer;
}

function openssl(dir: string, ...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
}

/** A CA, a server certificate for 127.0.0.1 and a client certificate, all signed by the CA. */
export function makeTls(): Tls {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-kube-tls-'));
  openssl(
    dir,
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '1',
    '-subj',
    '/CN=test-ca',
  );
  const sign = (name: string, subject: string, extension: string) => {
    openssl(
      dir,
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.csr`,
      '-subj',
      subject,
    );
    openssl(
      dir,
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      `${name}.crt`,
      '-days',
      '1',
      '-extfile',
      extension,
    );
  };
  execFileSync(
    'sh',
    [
      '-c',
      'printf "subjectAltName=IP:127.0.0.1\\n" > server.ext; printf "extendedKeyUsage=clientAuth\\n" > client.ext',
    ],
    { cwd: dir },
  );
  sign('server', '/CN=127.0.0.1', 'server.ext');
  sign('client', '/CN=shipgate-deployer/O=deployers', 'client.ext');
  const read = (file: string) => readFileSync(path.join(dir, file));
  return {
    dir,
    ca: read('ca.crt'),
    serverCert: read('server.crt'),
    serverKey: read('server.key'),
    clientCert: read('client.crt'),
    clientKey: read('client.key'),
  };
}

export interface KubeStandin {
  url: string;
  service: {
    metadata: { name: string; namespace: string };
    spec: { selector: Record<string, string>; ports: unknown[] };
  };
  requests: { method: string; path: string; contentType: string | undefined; body: string }[];
  violations: string[];
  /** a token that authenticates too, besides the client certificate */
  token: string;
  /** when set, every answer waits this long (for timeout tests) */
  delayMs: number;
  close(): Promise<void>;
}

const SERVICE_PATH = /^\/api\/v1\/namespaces\/([a-z0-9-]+)\/services\/([a-z0-9-]+)$/;

function patchProblem(body: string): string | undefined {
  let patch: unknown;
  try {
    patch = JSON.parse(body);
  } catch {
    return 'the PATCH body is not JSON';
  }
  const spec = (patch as { spec?: unknown }).spec as { selector?: unknown } | undefined;
  const keys = Object.keys(patch as object);
  if (keys.length !== 1 || keys[0] !== 'spec' || spec === undefined || Object.keys(spec).join() !== 'selector') {
    return `the patch must change only spec.selector, got ${body}`;
  }
  const selector = spec.selector as Record<string, unknown>;
  if (Object.values(selector).some((v) => typeof v !== 'string')) return 'selector values must be strings';
  return undefined;
}

export async function startKubeStandin(tls: Tls, namespace = 'shop', name = 'web'): Promise<KubeStandin> {
  const state: Omit<KubeStandin, 'url' | 'close'> = {
    service: {
      metadata: { name, namespace },
      spec: { selector: { app: 'web', color: 'blue' }, ports: [{ port: 80 }] },
    },
    requests: [],
    violations: [],
    token: 'kube-test-token',
    delayMs: 0,
  };
  const send = (response: ServerResponse, status: number, body: unknown) =>
    setTimeout(
      () => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
      state.delayMs,
    );
  const handle = (request: IncomingMessage, response: ServerResponse, body: string) => {
    const url = request.url ?? '';
    state.requests.push({
      method: request.method ?? '',
      path: url,
      contentType: request.headers['content-type'],
      body,
    });
    const authorized =
      (request.socket as TLSSocket).authorized || request.headers.authorization === `Bearer ${state.token}`;
    if (!authorized) return send(response, 401, { kind: 'Status', code: 401, reason: 'Unauthorized' });
    const match = SERVICE_PATH.exec(url);
    if (!match || !['GET', 'PATCH'].includes(request.method ?? '')) {
      state.violations.push(`${request.method} ${url}: not an operation the router should use`);
      return send(response, 400, { kind: 'Status', code: 400 });
    }
    if (match[1] !== namespace || match[2] !== name)
      return send(response, 404, { kind: 'Status', code: 404, reason: 'NotFound' });
    if (request.method === 'PATCH') {
      const problem =
        request.headers['content-type'] !== 'application/merge-patch+json'
          ? `content-type ${request.headers['content-type']}`
          : patchProblem(body);
      if (problem !== undefined) {
        state.violations.push(`PATCH ${url}: ${problem}`);
        return send(response, 400, { kind: 'Status', code: 400 });
      }
      Object.assign(
        state.service.spec.selector,
        (JSON.parse(body) as { spec: { selector: Record<string, string> } }).spec.selector,
      );
    }
    send(response, 200, { kind: 'Service', apiVersion: 'v1', ...state.service });
  };
  const server: Server = createServer(
    { cert: tls.serverCert, key: tls.serverKey, ca: tls.ca, requestCert: true, rejectUnauthorized: false },
    (request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => handle(request, response, body));
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return Object.assign(state, {
    url: `https://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  });
}
