// A router command for crash tests: prints which colour of HAProxy's backend "app" takes new traffic.
// Usage: node live-color.mjs SOCKET
import { connect } from 'node:net';

const [socket] = process.argv.slice(2);
const connection = connect(socket);
let answer = '';
connection.on('connect', () => connection.end('show servers state app\n'));
connection.on('data', (chunk) => (answer += chunk));
connection.on('close', () => {
  const serving = answer
    .split('\n')
    .filter((line) => /^\d+ /.test(line))
    .map((line) => line.split(' '))
    .filter((fields) => fields[5] === '2' && (Number(fields[6]) & 0x3b) === 0)
    .map((fields) => fields[3]);
  console.log(serving.length === 2 ? 'both' : (serving[0] ?? 'none'));
});
