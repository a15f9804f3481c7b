// Kubernetes: the Service's selector picks the colour's pods. A switch is one merge patch of the selector,
// which the API server applies atomically; the endpoints follow within moments, without a restart.
import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { COLORS, type Color, type KubernetesRouterSettings } from '../settings.js';
import { loadCredentials, type KubeCredentials } from './kubeconfig.js';
import { RouterError, type LiveState, type Router } from './router.js';

interface ApiAnswer {
  status: number;
  body: string;
}

interface ServiceObject {
  spec?: { selector?: Record<string, string> };
}

export class KubernetesRouter implements Router {
  readonly description: string;
  private credentials: KubeCredentials | undefined;

  constructor(
    private readonly settings: KubernetesRouterSettings,
    private readonly env: NodeJS.ProcessEnv,
  ) {
    this.description = `Kubernetes Service ${settings.namespace}/${settings.service}`;
  }

  async live(): Promise<LiveState> {
    const service = JSON.parse((await this.call('GET')).body) as ServiceObject;
    const value = service.spec?.selector?.[this.settings.label];
    if (value === undefined) return 'none';
    const color = COLORS.find((c) => c === value);
    if (color === undefined) {
      throw new RouterError(
        `${this.description} selects ${this.settings.label}=${value}, which is neither blue nor green.`,
      );
    }
    return color;
  }

  async switchTo(color: Color): Promise<void> {
    const patch = { spec: { selector: { [this.settings.label]: color } } };
    await this.call('PATCH', JSON.stringify(patch));
  }

  private get path(): string {
    const { namespace, service } = this.settings;
    return `/api/v1/namespaces/${encodeURIComponent(namespace)}/services/${encodeURIComponent(service)}`;
  }

  private async call(method: 'GET' | 'PATCH', body?: string): Promise<ApiAnswer> {
    this.credentials ??= loadCredentials(this.settings.kubeconfig, this.settings.context, this.env);
    const answer = await send(this.credentials, { method, path: this.path, body, timeoutMs: this.settings.timeoutMs });
    if (answer.status === 401 || answer.status === 403) {
      throw new RouterError(
        `The Kubernetes API refused to ${method === 'GET' ? 'read' : 'patch'} ${this.description} (${answer.status}): ` +
          `the credentials from ${this.credentials.source} need "get" and "patch" on services in ${this.settings.namespace}.`,
      );
    }
    if (answer.status >= 300)
      throw new RouterError(
        `The Kubernetes API answered ${answer.status} for ${method} ${this.path}: ${answer.body.slice(0, 300)}`,
      );
    return answer;
  }
}

interface Call {
  method: string;
  path: string;
  body?: string;
  timeoutMs: number;
}

function requestOptions(
  credentials: KubeCredentials,
  call: Call,
): RequestOptions & { ca?: Buffer; cert?: Buffer; key?: Buffer; rejectUnauthorized?: boolean } {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (call.body !== undefined) headers['content-type'] = 'application/merge-patch+json';
  if (credentials.token !== undefined) headers.authorization = `Bearer ${credentials.token}`;
  const { ca, cert, key } = credentials;
  return { method: call.method, headers, ca, cert, key, rejectUnauthorized: !credentials.insecure, agent: false };
}

/** One request to the API server, with a timeout. */
function send(credentials: KubeCredentials, call: Call): Promise<ApiAnswer> {
  const url = new URL(call.path, credentials.server);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, requestOptions(credentials, call), (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      response.on('error', reject);
    });
    req.setTimeout(call.timeoutMs, () => req.destroy(new Error(`no answer within ${call.timeoutMs} ms`)));
    req.on('error', (error) =>
      reject(new RouterError(`The Kubernetes API at ${credentials.server}: ${error.message}`)),
    );
    req.end(call.body);
  });
}
