// The router an environment's settings describe.
import path from 'node:path';
import type { RouterSettings } from '../settings.js';
import { CommandRouter } from './command.js';
import { HaproxyRouter } from './haproxy.js';
import { KubernetesRouter } from './kubernetes.js';
import { NginxRouter } from './nginx.js';
import type { Router } from './router.js';

export type { LiveState, Router } from './router.js';
export { RouterError } from './router.js';

export interface RouterContext {
  /** where relative paths and commands are taken from: the repository root */
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** A Unix socket path relative to the repository root; host:port stays as it is. */
function socketPath(socket: string, cwd: string): string {
  return /^[^/]+:\d+$/.test(socket) ? socket : path.resolve(cwd, socket);
}

export function createRouter(settings: RouterSettings, context: RouterContext): Router {
  const { cwd } = context;
  switch (settings.type) {
    case 'haproxy':
      return new HaproxyRouter({ ...settings, socket: socketPath(settings.socket, cwd) });
    case 'nginx':
      return new NginxRouter({ ...settings, upstreamFile: path.resolve(cwd, settings.upstreamFile) }, cwd);
    case 'kubernetes':
      return new KubernetesRouter(settings, context.env);
    case 'command':
      return new CommandRouter(settings, context.cwd);
  }
}
