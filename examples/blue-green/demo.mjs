/* global fetch, setTimeout */
// shipgate's blue-green deploy on this machine, in about half a minute: HAProxy in front of two tiny app
// instances on localhost, then with the bundled CLI (no GitHub: nothing is recorded, the report says so)
//   1. a deploy of v1 (blue → green),
//   2. a deploy of v2 that degrades during the soak and rolls back by itself,
//   3. a deploy of v3 (green → blue),
//   4. a manual rollback to the still-warm green,
// each with its timeline, while a client keeps requesting through HAProxy. Needs haproxy (apt-get install haproxy).
// Usage: npm run demo:deploy
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const here = import.meta.dirname;
const cli = path.join(here, '../../dist/cli/index.js');
const work = mkdtempSync(path.join(os.tmpdir(), 'shipgate-demo-'));
const children = [];

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function start(command, args, port) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  for (let tries = 0; tries < 200; tries += 1) {
    const up = await fetch(`http://127.0.0.1:${port}/__state`).then(
      () => true,
      () => false,
    );
    if (up) return;
    if (child.exitCode !== null) throw new Error(`${command} exited with ${child.exitCode}`);
    await sleep(25);
  }
  throw new Error(`${command} did not listen on ${port} within 5 s`);
}

function haproxyConfig(front, ports, socket) {
  return (
    `global\n  stats socket ${socket} mode 600 level admin\ndefaults\n  mode http\n  timeout connect 2s\n` +
    `  timeout client 30s\n  timeout server 30s\nfrontend web\n  bind 127.0.0.1:${front}\n  default_backend app\n` +
    `backend app\n  server blue 127.0.0.1:${ports.blue}\n  server green 127.0.0.1:${ports.green} disabled\n`
  );
}

function config(ports, socket, deployArgs) {
  return [
    'deploy:',
    '  environments:',
    '    demo:',
    `      router: { type: haproxy, socket: ${socket}, backend: app, servers: { blue: blue, green: green } }`,
    `      colors: { blue: "http://127.0.0.1:${ports.blue}", green: "http://127.0.0.1:${ports.green}" }`,
    `      deploy: node ${path.join(here, 'deploy-app.mjs')} ${deployArgs}`,
    '      health: { checks: [{ path: /healthz, body: ok }], deadline: 10s, backoff: { initial: 50ms, max: 500ms } }',
    '      soak: { duration: 3s, interval: 100ms, success-rate: 95, p95: 250ms }',
    '',
  ].join('\n');
}

const git = (...args) =>
  execFileSync('git', args, {
    cwd: work,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'demo',
      GIT_AUTHOR_EMAIL: 'demo@shipgate.invalid',
      GIT_COMMITTER_NAME: 'demo',
      GIT_COMMITTER_EMAIL: 'demo@shipgate.invalid',
    },
  });

function commit(version, text) {
  writeFileSync(path.join(work, '.github/shipgate.yml'), text);
  writeFileSync(path.join(work, 'VERSION'), `${version}\n`);
  git('add', '-A');
  git('commit', '-q', '-m', version);
}

/** Requests through HAProxy, one after another, until stopped: what a user of the service would see. */
function client(url) {
  const counts = { ok: 0, failed: 0 };
  let running = true;
  const loop = (async () => {
    while (running) {
      const ok = await fetch(url).then(
        (r) => r.ok,
        () => false,
      );
      counts[ok ? 'ok' : 'failed'] += 1;
    }
  })();
  return async () => ((running = false), await loop, counts);
}

async function shipgate(title, args, front) {
  console.log(`\n━━ ${title} ━━  $ shipgate ${args.join(' ')}`);
  const stop = client(front);
  const run = spawn(process.execPath, [cli, ...args, '--environment', 'demo', '--ledger', 'none'], {
    cwd: work,
    stdio: ['ignore', 'inherit', 'ignore'],
    env: { ...process.env, GITHUB_TOKEN: '' },
  });
  const code = await new Promise((resolve) => run.on('close', resolve));
  const { ok, failed } = await stop();
  const now = await fetch(front).then((r) => r.text());
  console.log(`exit ${code}; through HAProxy meanwhile: ${ok} requests answered, ${failed} failed; now: "${now}"`);
}

async function main() {
  const ports = { blue: await freePort(), green: await freePort() };
  const front = await freePort();
  const socket = path.join(work, 'admin.sock');
  writeFileSync(path.join(work, 'haproxy.cfg'), haproxyConfig(front, ports, socket));
  for (const color of ['blue', 'green'])
    await start(process.execPath, [path.join(here, 'app.mjs'), ports[color], color], ports[color]);
  const haproxy = spawn('haproxy', ['-db', '-q', '-f', path.join(work, 'haproxy.cfg')], { stdio: 'inherit' });
  children.push(haproxy);
  await new Promise((resolve, reject) => (haproxy.on('error', reject), setTimeout(resolve, 300)));
  execFileSync('mkdir', ['-p', path.join(work, '.github')]);
  git('init', '-q');
  commit('v1', config(ports, socket, 'healthy'));
  await shipgate('1. deploy v1', ['deploy'], `http://127.0.0.1:${front}/`);
  commit('v2', config(ports, socket, 'degrade 40'));
  await shipgate('2. deploy v2, which degrades during the soak', ['deploy'], `http://127.0.0.1:${front}/`);
  commit('v3', config(ports, socket, 'healthy'));
  await shipgate('3. deploy v3', ['deploy'], `http://127.0.0.1:${front}/`);
  await shipgate('4. roll back by hand to the warm colour', ['rollback'], `http://127.0.0.1:${front}/`);
}

try {
  await main();
} catch (error) {
  console.error(error.code === 'ENOENT' ? 'The demo needs haproxy: apt-get install haproxy' : error);
  process.exitCode = 1;
} finally {
  for (const child of children) child.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
