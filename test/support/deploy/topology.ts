/**
 * Real blue-green set-ups for deploy tests: two app instances (child processes) behind a real HAProxy or nginx,
 * each in a temporary folder, everything stopped by `stop()`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Color } from '../../../src/deploy/settings.js';
import { freePort, startProcess, waitForPort, type Started } from './processes.js';

const EXAMPLE = path.join(import.meta.dirname, '../../../examples/blue-green');
const APP = path.join(EXAMPLE, 'app.mjs');
export const DEPLOY_APP = path.join(EXAMPLE, 'deploy-app.mjs');

export function hasBinary(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface App {
  port: number;
  url: string;
  process: Started;
}

export interface Apps {
  blue: App;
  green: App;
  stop(): Promise<void>;
}

async function startApp(color: Color): Promise<App> {
  const port = await freePort();
  const started = startProcess(process.execPath, [APP, String(port), color]);
  await waitForPort(port, started);
  return { port, url: `http://127.0.0.1:${port}`, process: started };
}

export async function startApps(): Promise<Apps> {
  const [blue, green] = await Promise.all([startApp('blue'), startApp('green')]);
  return { blue, green, stop: async () => void (await Promise.all([blue.process.stop(), green.process.stop()])) };
}

export interface Proxy {
  dir: string;
  frontUrl: string;
  stop(): Promise<void>;
}

export interface HaproxyProxy extends Proxy {
  socket: string;
}

export async function startHaproxy(apps: Apps, live: Color): Promise<HaproxyProxy> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-haproxy-'));
  const port = await freePort();
  const socket = path.join(dir, 'admin.sock');
  const server = (color: Color) =>
    `  server ${color} 127.0.0.1:${apps[color].port}${color === live ? '' : ' disabled'}`;
  const config = [
    'global',
    `  stats socket ${socket} mode 600 level admin`,
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 30s',
    '  timeout server 30s',
    'frontend web',
    `  bind 127.0.0.1:${port}`,
    '  default_backend app',
    'backend app',
    server('blue'),
    server('green'),
    '',
  ].join('\n');
  writeFileSync(path.join(dir, 'haproxy.cfg'), config);
  const started = startProcess('haproxy', ['-db', '-f', path.join(dir, 'haproxy.cfg')]);
  await waitForPort(port, started);
  return { dir, socket, frontUrl: `http://127.0.0.1:${port}`, stop: started.stop };
}

export interface NginxProxy extends Proxy {
  config: string;
  upstreamFile: string;
}

function nginxConfig(dir: string, port: number, upstreamFile: string): string {
  return [
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log;`,
    'worker_processes 1;',
    'events { worker_connections 1024; }',
    'http {',
    `  access_log off;`,
    `  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;`,
    `  fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;`,
    `  include ${upstreamFile};`,
    `  server { listen 127.0.0.1:${port}; location / { proxy_pass http://app; } }`,
    '}',
    '',
  ].join('\n');
}

export async function startNginx(apps: Apps, live: Color): Promise<NginxProxy> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-nginx-'));
  const port = await freePort();
  const upstreamFile = path.join(dir, 'upstream.conf');
  writeFileSync(
    upstreamFile,
    `# shipgate live color: ${live}\nupstream app { server 127.0.0.1:${apps[live].port}; }\n`,
  );
  const config = path.join(dir, 'nginx.conf');
  writeFileSync(config, nginxConfig(dir, port, upstreamFile));
  const started = startProcess('nginx', ['-e', `${dir}/error.log`, '-c', config, '-g', 'daemon off;']);
  await waitForPort(port, started);
  return { dir, config, upstreamFile, frontUrl: `http://127.0.0.1:${port}`, stop: started.stop };
}
