// Benchmarks blue-green switching through a real HAProxy with the bundled CLI (Node's start included), under
// continuous load from autocannon. Prints figures to compare; it asserts nothing. Needs haproxy.
//   switch: the router's switch time as shipgate reports it (switchMs), p50/p95 over N switches;
//   load: requests and failures through HAProxy during all the switches, and the rate reached;
//   automatic rollback: from the soak detecting failure to traffic back and verified;
//   manual rollback to the warm colour: the whole `shipgate rollback` run, end to end.
// Usage: npm run bench:deploy [-- --switches N --connections C]
/* global fetch */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli/index.js');
const example = path.join(root, 'examples/blue-green');
const arg = (name, fallback) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback;
const switches = arg('switches', 10);
const connections = arg('connections', 50);
const work = mkdtempSync(path.join(os.tmpdir(), 'shipgate-bench-deploy-'));
const children = [];

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitFor(url) {
  for (let tries = 0; tries < 400; tries += 1) {
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      return;
    await sleep(25);
  }
  throw new Error(`${url} did not answer within 10 s`);
}

const git = (...args) =>
  execFileSync('git', args, {
    cwd: work,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'b',
      GIT_AUTHOR_EMAIL: 'b@x.invalid',
      GIT_COMMITTER_NAME: 'b',
      GIT_COMMITTER_EMAIL: 'b@x.invalid',
    },
  });

function writeConfig(ports, socket, { deploy, soak }) {
  const lines = [
    'deploy:',
    '  environments:',
    '    bench:',
    `      router: { type: haproxy, socket: ${socket}, backend: app, servers: { blue: blue, green: green } }`,
    `      colors: { blue: "http://127.0.0.1:${ports.blue}", green: "http://127.0.0.1:${ports.green}" }`,
    ...(deploy ? [`      deploy: node ${path.join(example, 'deploy-app.mjs')} ${deploy}`] : []),
    '      health: { checks: [{ path: /healthz, body: ok }], deadline: 10s, backoff: { initial: 20ms, max: 200ms } }',
    `      soak: ${soak}`,
    '',
  ];
  writeFileSync(path.join(work, '.github/shipgate.yml'), lines.join('\n'));
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', 'config');
}

/** Runs the CLI; returns its JSON report and how long the run took, Node's start included. */
async function shipgate(command) {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [cli, command, '--environment', 'bench', '--ledger', 'none', '--format', 'json'],
    {
      cwd: work,
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  await new Promise((resolve) => child.on('close', resolve));
  return { report: JSON.parse(out), ms: performance.now() - started };
}

const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * values.length) - 1)];

async function setUp() {
  const ports = { blue: await freePort(), green: await freePort() };
  const front = await freePort();
  const socket = path.join(work, 'admin.sock');
  const cfg = `global\n  stats socket ${socket} mode 600 level admin\n  maxconn 4000\ndefaults\n  mode http\n  timeout connect 2s\n  timeout client 30s\n  timeout server 30s\nfrontend web\n  bind 127.0.0.1:${front}\n  default_backend app\nbackend app\n  server blue 127.0.0.1:${ports.blue}\n  server green 127.0.0.1:${ports.green} disabled\n`;
  writeFileSync(path.join(work, 'haproxy.cfg'), cfg);
  for (const color of ['blue', 'green']) {
    children.push(spawn(process.execPath, [path.join(example, 'app.mjs'), ports[color], color], { stdio: 'ignore' }));
    await waitFor(`http://127.0.0.1:${ports[color]}/__state`);
  }
  children.push(spawn('haproxy', ['-db', '-q', '-f', path.join(work, 'haproxy.cfg')], { stdio: 'inherit' }));
  await waitFor(`http://127.0.0.1:${front}/`);
  mkdirSync(path.join(work, '.github'));
  git('init', '-q');
  return { ports, socket, url: `http://127.0.0.1:${front}/` };
}

async function switchesUnderLoad(setup) {
  writeConfig(setup.ports, setup.socket, { soak: '{ duration: 0s }' });
  let finish;
  const done = new Promise((resolve) => (finish = resolve));
  const load = autocannon({ url: setup.url, connections, duration: 600, timeout: 10 }, (_e, result) => finish(result));
  await sleep(1000);
  const times = [];
  for (let i = 0; i < switches; i += 1) {
    const { report } = await shipgate('deploy');
    if (report.outcome !== 'deployed') throw new Error(`switch ${i + 1}: ${report.message}`);
    times.push(report.switchMs);
  }
  load.stop();
  const result = await done;
  const failed = result.errors + result.timeouts + result.non2xx;
  console.log(
    `switch (HAProxy runtime API, ${switches} switches): p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
  );
  console.log(
    `load through HAProxy during them: ${result['2xx']} ok, ${failed} failed (${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx), ${Math.round(result.requests.average)} req/s on average over ${result.duration.toFixed(1)} s, ${connections} connections`,
  );
}

async function rollbacks(setup) {
  writeConfig(setup.ports, setup.socket, { deploy: 'healthy', soak: '{ duration: 0s }' });
  await shipgate('deploy');
  writeConfig(setup.ports, setup.socket, {
    deploy: 'degrade 20',
    soak: '{ duration: 10s, interval: 50ms, success-rate: 99 }',
  });
  const { report } = await shipgate('deploy');
  const soak = report.phases.find((p) => p.name === 'soak');
  const verified = report.phases.find((p) => p.name === 'verify');
  console.log(
    `automatic rollback (${report.outcome}): ${(verified.endMs - soak.endMs).toFixed(1)} ms from detection to traffic back and verified`,
  );
  writeConfig(setup.ports, setup.socket, { deploy: 'healthy', soak: '{ duration: 0s }' });
  await shipgate('deploy');
  const manual = await shipgate('rollback');
  console.log(
    `manual rollback to the warm colour (${manual.report.outcome}): ${manual.ms.toFixed(0)} ms end to end, Node's start included (switch ${manual.report.switchMs.toFixed(1)} ms)`,
  );
}

try {
  const setup = await setUp();
  await switchesUnderLoad(setup);
  await rollbacks(setup);
} catch (error) {
  console.error(error.code === 'ENOENT' ? 'bench-deploy needs haproxy: apt-get install haproxy' : error);
  process.exitCode = 1;
} finally {
  for (const child of children) child.kill('SIGTERM');
  await sleep(200);
  rmSync(work, { recursive: true, force: true });
}
