// HAProxy's runtime API: one connection per request, commands separated by ";" on one line, the answer read
// until HAProxy closes the connection (its non-interactive mode).
import { connect, type Socket } from 'node:net';
import { RouterError } from './router.js';

/** "/run/haproxy/admin.sock" (a Unix socket) or "127.0.0.1:9999" (a TCP stats socket). */
function open(address: string): Socket {
  const tcp = /^(.+):(\d+)$/.exec(address);
  return tcp && !address.includes('/') ? connect(Number(tcp[2]), tcp[1]!) : connect(address);
}

/** Sends commands in one line (HAProxy runs them in order, without a gap another command could use). */
export function runtimeApi(address: string, commands: readonly string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = open(address);
    const chunks: Buffer[] = [];
    const fail = (reason: string) => {
      socket.destroy();
      reject(new RouterError(`HAProxy's admin socket ${address}: ${reason}`));
    };
    socket.setTimeout(timeoutMs, () => fail(`no answer within ${timeoutMs} ms`));
    socket.on('connect', () => socket.end(`${commands.join('; ')}\n`));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error) => fail(error.message));
    socket.on('close', (hadError) => {
      if (!hadError) resolve(Buffer.concat(chunks).toString('utf8'));
    });
  });
}
