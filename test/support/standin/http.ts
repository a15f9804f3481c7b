// What handlers receive and return, GitHub's error answers, and GitHub's page-based pagination.
import type { StandinState } from './state.js';
import type { Urls } from './urls.js';

export interface HandlerContext {
  state: StandinState;
  urls: Urls;
  /** Path parameters, already decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The JSON body; it has passed the operation's schema, so handlers may read it as the documented shape. */
  body: unknown;
  /** The full URL asked for, to build pagination links from. */
  requestUrl: URL;
}

export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (context: HandlerContext) => HandlerResult;

export const DOCS = 'https://docs.github.com/rest';

/** Thrown by handlers for GitHub's own refusals (404 unknown id, 422 invalid data ...). */
export class GitHubError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: ValidationErrorItem[],
    readonly documentationUrl: string = DOCS,
  ) {
    super(message);
  }

  toBody(): Record<string, unknown> {
    const body: Record<string, unknown> = {
      message: this.message,
      documentation_url: this.documentationUrl,
      status: String(this.status),
    };
    if (this.errors) body.errors = this.errors;
    return body;
  }
}

export interface ValidationErrorItem {
  resource: string;
  code: string;
  field?: string;
  message?: string;
}

export function notFound(): GitHubError {
  return new GitHubError(404, 'Not Found');
}

/** GitHub's 422 shape: "Validation Failed" with one entry in `errors`. */
export function validationFailed(resource: string, field: string, code: string, message?: string): GitHubError {
  const item: ValidationErrorItem = { resource, code, field };
  if (message !== undefined) item.message = message;
  return new GitHubError(422, 'Validation Failed', [item]);
}

/** GitHub's 422 for requests its own JSON schema refuses ("Invalid request."). */
export function invalidRequest(detail: string): GitHubError {
  return new GitHubError(422, `Invalid request.\n\n${detail}`);
}

export interface Page<T> {
  items: T[];
  /** Link header value, absent when everything fits on one page. */
  link?: string;
}

const MAX_PER_PAGE = 100;

/** Slices a list the way GitHub does: `per_page` (default 30, at most 100) and `page` (from 1). */
export function paginate<T>(all: T[], requestUrl: URL): Page<T> {
  const perPage = clamp(Number(requestUrl.searchParams.get('per_page') ?? 30), 1, MAX_PER_PAGE);
  const page = Math.max(1, Number(requestUrl.searchParams.get('page') ?? 1) || 1);
  const items = all.slice((page - 1) * perPage, page * perPage);
  const lastPage = Math.max(1, Math.ceil(all.length / perPage));
  const link = linkHeader(requestUrl, page, lastPage);
  return link ? { items, link } : { items };
}

function linkHeader(requestUrl: URL, page: number, lastPage: number): string | undefined {
  const relations: Array<[string, number]> = [];
  if (page < lastPage) relations.push(['next', page + 1], ['last', lastPage]);
  if (page > 1) relations.push(['first', 1], ['prev', Math.min(page - 1, lastPage)]);
  if (relations.length === 0) return undefined;
  return relations.map(([rel, target]) => `<${pageUrl(requestUrl, target)}>; rel="${rel}"`).join(', ');
}

function pageUrl(requestUrl: URL, page: number): string {
  const url = new URL(requestUrl);
  url.searchParams.set('page', String(page));
  return url.toString();
}

function clamp(value: number, low: number, high: number): number {
  if (!Number.isFinite(value)) return 30;
  return Math.min(high, Math.max(low, Math.trunc(value)));
}

/** A 200 answer with one page of a list and its Link header. */
export function pageResult<T, R>(all: T[], context: HandlerContext, render: (item: T) => R): HandlerResult {
  const page = paginate(all, context.requestUrl);
  return { status: 200, body: page.items.map(render), headers: linkHeaders(page) };
}

export function linkHeaders(page: Page<unknown>): Record<string, string> {
  return page.link ? { link: page.link } : {};
}
