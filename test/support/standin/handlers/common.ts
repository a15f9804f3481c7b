// Small helpers shared by the route handlers.
import { notFound, type HandlerContext, type HandlerResult } from '../http.js';
import type { IssueRecord, PullRecord } from '../records.js';

export type PullIssue = IssueRecord & { pull: PullRecord };

export function isPull(issue: IssueRecord): issue is PullIssue {
  return issue.pull !== undefined;
}

/** A path parameter the description types as integer (already validated, so it parses). */
export function intParam(context: HandlerContext, name: string): number {
  return Number(context.params[name]);
}

export function requireIssue(context: HandlerContext): IssueRecord {
  const issue = context.state.findIssue(intParam(context, 'issue_number'));
  if (!issue) throw notFound();
  return issue;
}

export function ok(body: unknown): HandlerResult {
  return { status: 200, body };
}

/** 201 with the Location header GitHub sends for created resources. */
export function created(body: Record<string, unknown>): HandlerResult {
  return { status: 201, body, headers: typeof body.url === 'string' ? { location: body.url } : {} };
}

export function newestFirst<T extends { id: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => b.id - a.id);
}

export function oldestFirst<T extends { id: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.id - b.id);
}

/** Sorts by a timestamp field, ties broken by number, in the direction the client asked for. */
export function sortByTime<T extends { number: number }>(
  items: T[],
  time: (item: T) => string,
  direction: string,
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => sign * (time(a).localeCompare(time(b)) || a.number - b.number));
}
