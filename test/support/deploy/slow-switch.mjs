// A router command for crash tests: switches HAProxy to SHIPGATE_TARGET_COLOR in two halves with a pause between
// (SHIPGATE_TEST_SWITCH_PAUSE_MS), so a test can kill the deploy mid-switch, with both colours taking traffic.
// Usage: node slow-switch.mjs SOCKET PIDFILE
import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

const [socket, pidFile] = process.argv.slice(2);
const target = process.env.SHIPGATE_TARGET_COLOR;
const other = target === 'blue' ? 'green' : 'blue';

function send(command) {
  return new Promise((resolve, reject) => {
    const connection = connect(socket);
    let answer = '';
    connection.on('connect', () => connection.end(`${command}\n`));
    connection.on('data', (chunk) => (answer += chunk));
    connection.on('close', () => resolve(answer));
    connection.on('error', reject);
  });
}

await send(`set server app/${target} state ready`);
writeFileSync(pidFile, String(process.pid));
await sleep(Number(process.env.SHIPGATE_TEST_SWITCH_PAUSE_MS ?? 0));
await send(`set server app/${other} state drain`);
