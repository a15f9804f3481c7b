// One HTTP(S) request to a colour, judged against a check: the status, and text the body must contain.
// A fresh connection per probe (no pooling): each probe measures the colour as a new client finds it.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { performance } from 'node:perf_hooks';
import type { HealthCheck } from '../settings.js';

/** refused: nothing listens yet (a colour starting up); the others are wrong answers or no answer. */
export type ProbeOutcome = 'ok' | 'refused' | 'timeout' | 'status' | 'body' | 'error';

export interface ProbeResult {
  outcome: ProbeOutcome;
  ms: number;
  /** what went wrong, for messages: "GET http://…/healthz answered 503" */
  detail: string;
}

const MAX_BODY = 64 * 1024;

function readBody(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      if (body.length < MAX_BODY) body += chunk;
    });
    response.on('end', () => resolve(body));
    response.on('error', reject);
  });
}

function judge(url: string, check: HealthCheck, status: number, body: string): Omit<ProbeResult, 'ms'> {
  if (status !== check.status)
    return { outcome: 'status', detail: `GET ${url} answered ${status}, not ${check.status}` };
  if (check.body !== undefined && !body.includes(check.body)) {
    return { outcome: 'body', detail: `GET ${url} answered without "${check.body}" in its body` };
  }
  return { outcome: 'ok', detail: `GET ${url} answered ${status}` };
}

function failed(url: string, error: NodeJS.ErrnoException, timedOut: boolean): Omit<ProbeResult, 'ms'> {
  if (timedOut) return { outcome: 'timeout', detail: `GET ${url} did not answer in time` };
  const outcome = error.code === 'ECONNREFUSED' ? 'refused' : 'error';
  return { outcome, detail: `GET ${url} failed: ${error.code ?? error.message}` };
}

/** Probes `base` + the check's path; never rejects. */
export function probe(base: string, check: HealthCheck, timeoutMs: number): Promise<ProbeResult> {
  const url = new URL(check.path, base.endsWith('/') ? base : `${base}/`).toString();
  const started = performance.now();
  const request = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let timedOut = false;
    const done = (result: Omit<ProbeResult, 'ms'>) => resolve({ ...result, ms: performance.now() - started });
    const req = request(url, { agent: false, headers: { 'user-agent': 'shipgate-probe' } }, (response) => {
      readBody(response).then(
        (body) => done(judge(url, check, response.statusCode ?? 0, body)),
        (error: NodeJS.ErrnoException) => done(failed(url, error, timedOut)),
      );
    });
    const timer = setTimeout(() => ((timedOut = true), req.destroy()), timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) => done(failed(url, error, timedOut)));
    req.on('close', () => clearTimeout(timer));
    req.end();
  });
}

/** Every check in turn; the first that fails is the result, else the slowest success. */
export async function probeAll(base: string, checks: readonly HealthCheck[], timeoutMs: number): Promise<ProbeResult> {
  let slowest: ProbeResult | undefined;
  for (const check of checks) {
    const result = await probe(base, check, timeoutMs);
    if (result.outcome !== 'ok') return result;
    if (slowest === undefined || result.ms > slowest.ms) slowest = result;
  }
  return slowest ?? { outcome: 'error', ms: 0, detail: 'no health check is configured' };
}
