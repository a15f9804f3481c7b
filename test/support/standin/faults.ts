// Failures the real GitHub produces, injected per route: 5xx, rate limits, missing permissions, resets, slowness,
// and a write that GitHub committed although its answer was an error (a 502 from a proxy after the write).
// Fault answers are what GitHub sends; they are exempt from response validation (GitHub's description does not
// document 5xx, 403 rate limits or 401 for most operations).
import { STATUS_CODES } from 'node:http';
import { DOCS } from './http.js';

export type Fault =
  | { kind: 'status'; status: number; message?: string }
  | { kind: 'primary-rate-limit'; resetInSeconds?: number }
  | { kind: 'secondary-rate-limit'; retryAfter?: number }
  | { kind: 'forbidden'; message?: string }
  | { kind: 'reset' }
  | { kind: 'delay'; ms: number }
  /** Performs the request as usual (the write happens), then answers `status` (default 502) instead. */
  | { kind: 'after-write'; status?: number };

export interface FaultRule {
  /** HTTP method; omitted means any. */
  method?: string;
  /** Path template as in GitHub's description, e.g. '/repos/{owner}/{repo}/check-runs'. */
  route: string;
  /** How many matching requests get the fault; default 1. */
  times?: number;
  /** How many matching requests pass untouched before the fault starts; default 0. */
  skip?: number;
  fault: Fault;
}

interface ActiveRule {
  method: string | undefined;
  route: string;
  skip: number;
  remaining: number;
  fault: Fault;
}

export class FaultInjector {
  private rules: ActiveRule[] = [];

  constructor(private readonly isKnownRoute: (route: string) => boolean) {}

  inject(rule: FaultRule): void {
    if (!this.isKnownRoute(rule.route)) {
      throw new Error(`stand-in: cannot inject a fault on '${rule.route}': no such path in GitHub's description`);
    }
    const times = rule.times ?? 1;
    if (!Number.isInteger(times) || times < 1)
      throw new Error(`stand-in: fault 'times' must be a positive integer, got ${times}`);
    const skip = rule.skip ?? 0;
    if (!Number.isInteger(skip) || skip < 0)
      throw new Error(`stand-in: fault 'skip' must be an integer >= 0, got ${skip}`);
    this.rules.push({
      method: rule.method?.toUpperCase(),
      route: rule.route,
      skip,
      remaining: times,
      fault: rule.fault,
    });
  }

  /** The fault for this request, if one is pending; consumes one use of it. */
  take(method: string, route: string): Fault | undefined {
    const rule = this.rules.find(
      (r) => r.route === route && (r.method === undefined || r.method === method.toUpperCase()),
    );
    if (!rule) return undefined;
    if (rule.skip > 0) {
      rule.skip -= 1;
      return undefined;
    }
    rule.remaining -= 1;
    if (rule.remaining === 0) this.rules = this.rules.filter((r) => r !== rule);
    return rule.fault;
  }

  /** Injected faults not yet used up, for asserting that a test's faults were all hit. */
  get pending(): number {
    return this.rules.reduce((sum, rule) => sum + rule.remaining, 0);
  }

  clear(): void {
    this.rules = [];
  }
}

export interface FaultAnswer {
  status: number;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

const RATE_LIMIT = 5000;
const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';

/** The answer for a fault; `now` is the stand-in's clock, which rate-limit resets count from. */
export function faultAnswer(
  fault: Exclude<Fault, { kind: 'reset' } | { kind: 'delay' }>,
  requestId: string,
  now: Date,
): FaultAnswer {
  switch (fault.kind) {
    case 'status':
      return errorAnswer(fault.status, fault.message ?? STATUS_CODES[fault.status] ?? 'Error', DOCS);
    case 'after-write':
      return errorAnswer(fault.status ?? 502, STATUS_CODES[fault.status ?? 502] ?? 'Error', DOCS);
    case 'forbidden':
      return errorAnswer(
        403,
        fault.message ?? 'Resource not accessible by integration',
        `${DOCS}/overview/permissions-required-for-github-apps`,
      );
    case 'primary-rate-limit':
      return primaryRateLimit(fault.resetInSeconds ?? 60, requestId, now);
    case 'secondary-rate-limit':
      return secondaryRateLimit(fault.retryAfter ?? 60, requestId);
  }
}

function errorAnswer(status: number, message: string, documentationUrl: string): FaultAnswer {
  return { status, headers: {}, body: { message, documentation_url: documentationUrl, status: String(status) } };
}

function primaryRateLimit(resetInSeconds: number, requestId: string, now: Date): FaultAnswer {
  const reset = Math.floor(now.getTime() / 1000) + resetInSeconds;
  const message = `API rate limit exceeded for installation ID 1. If you reach out to GitHub Support for help, please include the request ID ${requestId} and timestamp ${now.toISOString()}.`;
  return {
    status: 403,
    headers: {
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': String(RATE_LIMIT),
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-resource': 'core',
    },
    body: { message, documentation_url: RATE_LIMIT_DOCS, status: '403' },
  };
}

function secondaryRateLimit(retryAfter: number, requestId: string): FaultAnswer {
  const message = `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`;
  return {
    status: 403,
    headers: { 'retry-after': String(retryAfter), 'x-ratelimit-remaining': String(RATE_LIMIT - 1) },
    body: {
      message,
      documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
      status: '403',
    },
  };
}
