// Plain HTTP calls to the stand-in, for tests that need to send what Octokit would not (wrong types, bad JSON).
import type { Standin } from './index.js';

export interface RawAnswer {
  status: number;
  headers: Headers;
  /** The parsed JSON body ({} when empty); lists are arrays at runtime. */
  json: Record<string, unknown> & { message?: string };
}

/** Sends with a token and a JSON content type; a string body is sent as is, anything else as JSON. */
export async function rawCall(
  standin: Standin,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  const response = await fetch(standin.url + path, {
    method,
    headers: { authorization: 'token test-token', 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: text === '' ? {} : (JSON.parse(text) as RawAnswer['json']),
  };
}

/** The `field` of each item of a list answer, e.g. the numbers of listed pull requests. */
export function pluck<T>(answer: RawAnswer, field: string): T[] {
  return (answer.json as unknown as Array<Record<string, T>>).map((item) => item[field] as T);
}

/** The HTTP status an Octokit call ended with, whether it resolved or threw. */
export async function statusOf(call: Promise<{ status: number }>): Promise<number> {
  try {
    return (await call).status;
  } catch (error) {
    return (error as { status: number }).status;
  }
}
