// Self-hosted runners and GHES often reach GitHub only through a proxy. Node's fetch ignores
// HTTPS_PROXY, HTTP_PROXY and NO_PROXY, so requests go through undici's fetch with the proxy the
// official toolkit (@actions/http-client) picks for the URL: the same variables, NO_PROXY and the
// loopback exemption honoured the same way.
import { HttpClient } from '@actions/http-client';
import { fetch as undiciFetch, type Dispatcher } from 'undici';

/** A fetch that goes through the configured proxy, or undefined when no proxy applies to the API URL. */
export function proxyFetch(apiUrl: string): typeof fetch | undefined {
  const dispatcher = new HttpClient('shipgate').getAgentDispatcher(apiUrl) as Dispatcher | undefined;
  if (dispatcher === undefined) return undefined;
  const viaProxy = (input: Parameters<typeof undiciFetch>[0], init?: Parameters<typeof undiciFetch>[1]) =>
    undiciFetch(input, { ...init, dispatcher });
  return viaProxy as unknown as typeof fetch;
}
