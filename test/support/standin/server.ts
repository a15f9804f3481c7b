// The HTTP side of the stand-in: a loopback server on a random port, recording every exchange.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { requestId, runExchange, type ExchangeEnvironment, type Outcome, type RecordedRequest } from './exchange.js';
import { FaultInjector } from './faults.js';
import type { RouteTable } from './routes.js';
import type { GitHubSpec } from './spec.js';
import type { StandinState } from './state.js';

const RATE_LIMIT = 5000;

export class StandinServer {
  url = '';
  readonly faults: FaultInjector;
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  private readonly http = createServer((request, response) => void this.serve(request, response));

  constructor(
    readonly state: StandinState,
    private readonly spec: GitHubSpec,
    private readonly routes: RouteTable,
  ) {
    this.faults = new FaultInjector((route) => Object.hasOwn(spec.document.paths, route));
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(0, '127.0.0.1', () => resolve());
    });
    this.url = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}`;
  }

  /** Throws when any request or answer broke GitHub's description, then forgets them so the next test starts clean. */
  assertNoViolations(): void {
    if (this.violations.length === 0) return;
    const listed = this.violations.map((violation) => `  - ${violation}`).join('\n');
    const count = this.violations.length;
    this.violations.length = 0;
    throw new Error(`stand-in: ${count} exchange(s) broke GitHub's OpenAPI description:\n${listed}`);
  }

  /** Returns the violations so far and forgets them, for tests that provoke them on purpose. */
  takeViolations(): string[] {
    return this.violations.splice(0, this.violations.length);
  }

  reset(): void {
    this.state.clear();
    this.faults.clear();
    this.requests.length = 0;
    this.violations.length = 0;
  }

  async close(): Promise<void> {
    this.http.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.http.close((error) => (error ? reject(error) : resolve())));
  }

  private environment(): ExchangeEnvironment {
    return {
      spec: this.spec,
      routes: this.routes,
      state: this.state,
      faults: this.faults,
      baseUrl: this.url,
      recordViolation: (violation) => this.violations.push(violation),
    };
  }

  private async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const record: RecordedRequest = { method: request.method ?? 'GET', path: request.url ?? '/', status: 0 };
    this.requests.push(record);
    const id = requestId();
    let outcome: Outcome;
    try {
      const rawBody = await readBody(request);
      outcome = await runExchange(
        this.environment(),
        { method: record.method, url: record.path, headers: request.headers, rawBody, requestId: id },
        record,
      );
    } catch (error) {
      const problem = `the stand-in failed: ${error instanceof Error ? error.stack : String(error)}`;
      this.violations.push(`${record.method} ${record.path}: ${problem}`);
      outcome = { kind: 'answer', status: 500, headers: {}, body: { message: `stand-in: ${problem}` } };
    }
    if (outcome.kind === 'reset') {
      request.socket.resetAndDestroy();
      return;
    }
    record.status = outcome.status;
    this.send(response, outcome, id);
  }

  private send(response: ServerResponse, outcome: Extract<Outcome, { kind: 'answer' }>, id: string): void {
    if (response.destroyed) return;
    const used = this.requests.length;
    const headers: Record<string, string> = {
      'x-github-request-id': id,
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - used)),
      'x-ratelimit-used': String(used),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      ...outcome.headers,
    };
    if (outcome.body === undefined) {
      response.writeHead(outcome.status, headers).end();
      return;
    }
    headers['content-type'] = 'application/json; charset=utf-8';
    response.writeHead(outcome.status, headers).end(JSON.stringify(outcome.body));
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
