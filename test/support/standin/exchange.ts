// One request through the stand-in: route, validate, refuse as GitHub would, inject faults, handle, validate the answer.
import type { IncomingHttpHeaders } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { faultAnswer, type Fault, type FaultInjector } from './faults.js';
import { HANDLERS } from './handlers/index.js';
import { DOCS, GitHubError, invalidRequest, notFound, type HandlerContext, type HandlerResult } from './http.js';
import type { OperationInfo, RouteTable } from './routes.js';
import type { GitHubSpec } from './spec.js';
import type { StandinState } from './state.js';
import { Urls } from './urls.js';
import { checkRequest, checkResponse } from './validation.js';

export interface RecordedRequest {
  method: string;
  /** Path with query string, as sent. */
  path: string;
  /** Path template of the matched operation, e.g. '/repos/{owner}/{repo}/check-runs'. */
  route?: string;
  operationId?: string;
  /** Parsed JSON body, if any. */
  body?: unknown;
  /** Status answered; 0 when the connection was reset. */
  status: number;
  /** Kind of the injected fault this request got, if any. */
  fault?: Fault['kind'];
}

export interface ExchangeEnvironment {
  spec: GitHubSpec;
  routes: RouteTable;
  state: StandinState;
  faults: FaultInjector;
  baseUrl: string;
  recordViolation(violation: string): void;
}

export interface IncomingExchange {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** Sent back as x-github-request-id and quoted in rate-limit messages, as GitHub does. */
  requestId: string;
}

export type Outcome =
  { kind: 'answer'; status: number; headers: Record<string, string>; body?: unknown } | { kind: 'reset' };

export async function runExchange(
  env: ExchangeEnvironment,
  request: IncomingExchange,
  record: RecordedRequest,
): Promise<Outcome> {
  const requestUrl = new URL(request.url, env.baseUrl);
  const match = env.routes.match(request.method, requestUrl.pathname);
  if (!match.ok) return reject(env, record, match.problem);
  const { operation, pathParams } = match;
  Object.assign(record, { route: operation.template, operationId: operation.operationId });
  const check = checkRequest(env.spec, operation, pathParams, requestUrl.searchParams, request.rawBody);
  if (check.body !== undefined) record.body = check.body;
  if (check.problems.length > 0) return reject(env, record, check.problems.join('; '));
  const refusal = refusalFor(env.state, operation, pathParams, request.headers, check.limits);
  if (refusal) return answer(env, record, operation, { status: refusal.status, body: refusal.toBody() });
  const fault = env.faults.take(request.method, operation.template);
  if (fault) record.fault = fault.kind;
  const early = await faultBeforeHandling(env, fault, request.requestId);
  if (early) return early;
  const context: HandlerContext = {
    state: env.state,
    urls: urlsFor(env),
    params: pathParams,
    query: requestUrl.searchParams,
    body: check.body,
    requestUrl,
  };
  const outcome = answer(env, record, operation, runHandler(operation, context));
  // The write has happened; the client hears an error all the same, as from a proxy that gave up.
  if (fault?.kind === 'after-write')
    return { kind: 'answer', ...faultAnswer(fault, request.requestId, env.state.clock()) };
  return outcome;
}

/** The outcome a fault gives instead of handling the request; undefined when the request goes on to its handler. */
async function faultBeforeHandling(
  env: ExchangeEnvironment,
  fault: Fault | undefined,
  id: string,
): Promise<Outcome | undefined> {
  if (fault === undefined || fault.kind === 'after-write') return undefined;
  if (fault.kind === 'reset') return { kind: 'reset' };
  if (fault.kind === 'delay') {
    await sleep(fault.ms);
    return undefined;
  }
  return { kind: 'answer', ...faultAnswer(fault, id, env.state.clock()) };
}

/** What GitHub refuses before looking at the data: no token, another repository, size limits. */
function refusalFor(
  state: StandinState,
  operation: OperationInfo,
  pathParams: Record<string, string>,
  headers: IncomingHttpHeaders,
  limits: string[],
): GitHubError | undefined {
  if (operation.template.startsWith('/repos/') && !headers.authorization) {
    return new GitHubError(401, 'Requires authentication');
  }
  const sameName = (a: string | undefined, b: string): boolean =>
    a === undefined || a.toLowerCase() === b.toLowerCase();
  if (!sameName(pathParams.owner, state.owner) || !sameName(pathParams.repo, state.repo)) return notFound();
  if (limits.length > 0) return invalidRequest(limits.join('; '));
  return undefined;
}

function runHandler(operation: OperationInfo, context: HandlerContext): HandlerResult | string {
  const handler = HANDLERS.get(operation.operationId);
  if (!handler)
    return `${operation.operationId} (${operation.method.toUpperCase()} ${operation.template}) is not implemented by the stand-in`;
  try {
    return handler(context);
  } catch (error) {
    if (error instanceof GitHubError) return { status: error.status, body: error.toBody() };
    return `the stand-in's handler for ${operation.operationId} failed: ${error instanceof Error ? error.stack : String(error)}`;
  }
}

/** Sends the answer only if GitHub's description allows it; a stand-in mistake must fail the test too. */
function answer(
  env: ExchangeEnvironment,
  record: RecordedRequest,
  operation: OperationInfo,
  result: HandlerResult | string,
): Outcome {
  if (typeof result === 'string') return reject(env, record, result);
  const problems = checkResponse(env.spec, operation, result.status, result.body);
  if (problems.length > 0)
    return reject(env, record, `the stand-in's answer breaks GitHub's description: ${problems.join('; ')}`);
  return { kind: 'answer', status: result.status, headers: result.headers ?? {}, body: result.body };
}

function reject(env: ExchangeEnvironment, record: RecordedRequest, problem: string): Outcome {
  env.recordViolation(`${record.method} ${record.path}: ${problem}`);
  return {
    kind: 'answer',
    status: 400,
    headers: {},
    body: { message: `stand-in: ${problem}`, documentation_url: DOCS },
  };
}

function urlsFor(env: ExchangeEnvironment): Urls {
  return new Urls(env.baseUrl, env.state.owner, env.state.repo);
}

let requestCounter = 0;

/** Shaped like GitHub's x-github-request-id. */
export function requestId(): string {
  requestCounter += 1;
  return `C0DE:${process.pid.toString(16).toUpperCase()}:${requestCounter.toString(16).toUpperCase().padStart(6, '0')}`;
}
