// Credentials for the Kubernetes API, read as kubectl reads them: a kubeconfig file (the router's setting,
// KUBECONFIG, ~/.kube/config) and its context, else the pod's service account (in-cluster). Written by hand
// rather than taking @kubernetes/client-node: shipgate needs two calls on one resource, and the client would
// add several MB to every action bundle. Exec and auth-provider plugins are not supported (the message says so).
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { ConfigurationError } from '../../core/errors.js';

export interface KubeCredentials {
  /** https://host:port (or http:// for a local proxy) */
  server: string;
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  token?: string;
  insecure: boolean;
  /** where they came from, for messages */
  source: string;
}

type Entry = Record<string, unknown>;

const SERVICE_ACCOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';

function pick(list: unknown, name: string, kind: string, file: string): Entry {
  const found = (Array.isArray(list) ? (list as Entry[]) : []).find((item) => item.name === name);
  const body = found?.[kind] as Entry | undefined;
  if (body === undefined) throw new ConfigurationError(`${file} has no ${kind} named "${name}".`);
  return body;
}

/** A value given inline (base64 `*-data`) or as a file path, resolved against the kubeconfig's folder. */
function material(entry: Entry, key: string, dir: string): Buffer | undefined {
  const data = entry[`${key}-data`];
  if (typeof data === 'string') return Buffer.from(data, 'base64');
  const file = entry[key];
  return typeof file === 'string' ? readFileSync(path.resolve(dir, file)) : undefined;
}

function fromKubeconfig(file: string, contextName: string | undefined): KubeCredentials {
  const config = parse(readFileSync(file, 'utf8')) as Entry;
  const name = contextName ?? (config['current-context'] as string | undefined);
  if (name === undefined) throw new ConfigurationError(`${file} has no current-context; set "context" in the router.`);
  const context = pick(config.contexts, name, 'context', file);
  const cluster = pick(config.clusters, String(context.cluster), 'cluster', file);
  const user = context.user === undefined ? {} : pick(config.users, String(context.user), 'user', file);
  if (user.exec !== undefined || user['auth-provider'] !== undefined) {
    throw new ConfigurationError(
      `${file}: user "${String(context.user)}" uses an exec or auth-provider plugin, which shipgate does not run; use a token or client certificate.`,
    );
  }
  const dir = path.dirname(file);
  const token = typeof user.token === 'string' ? user.token : material(user, 'tokenFile', dir)?.toString('utf8').trim();
  return {
    server: String(cluster.server),
    ...optional({
      ca: material(cluster, 'certificate-authority', dir),
      cert: material(user, 'client-certificate', dir),
    }),
    ...optional({ key: material(user, 'client-key', dir), token }),
    insecure: cluster['insecure-skip-tls-verify'] === true,
    source: `${file} (context ${name})`,
  };
}

function optional<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function inCluster(env: NodeJS.ProcessEnv): KubeCredentials | undefined {
  const host = env.KUBERNETES_SERVICE_HOST;
  if (host === undefined || !existsSync(`${SERVICE_ACCOUNT}/token`)) return undefined;
  const server = `https://${host.includes(':') ? `[${host}]` : host}:${env.KUBERNETES_SERVICE_PORT ?? '443'}`;
  const token = readFileSync(`${SERVICE_ACCOUNT}/token`, 'utf8').trim();
  return {
    server,
    token,
    ca: readFileSync(`${SERVICE_ACCOUNT}/ca.crt`),
    insecure: false,
    source: 'the pod service account',
  };
}

/** Credentials from the first source that exists, in kubectl's order. */
export function loadCredentials(
  kubeconfig: string | undefined,
  context: string | undefined,
  env: NodeJS.ProcessEnv,
): KubeCredentials {
  const home = path.join(env.HOME ?? os.homedir(), '.kube', 'config');
  const file =
    kubeconfig ?? env.KUBECONFIG?.split(path.delimiter).find((f) => f !== '') ?? (existsSync(home) ? home : undefined);
  if (file !== undefined) return fromKubeconfig(file, context);
  const pod = inCluster(env);
  if (pod !== undefined) return pod;
  throw new ConfigurationError(
    'No Kubernetes credentials: set "kubeconfig" in the router, KUBECONFIG, or run in a cluster.',
  );
}
