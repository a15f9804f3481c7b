// The user's commands: output streamed by line, failures explained, and a timeout that stops the whole group.
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runtimeApi } from '../../src/deploy/routers/haproxy-socket.js';
import { failureOf, runCommand } from '../../src/deploy/shell.js';

describe('runCommand', () => {
  it('streams lines, keeps the output and passes the environment', async () => {
    const lines: string[] = [];
    const result = await runCommand({
      command: 'echo "to $SHIPGATE_COLOR"; echo oops >&2; printf tail',
      cwd: os.tmpdir(),
      env: { SHIPGATE_COLOR: 'green' },
      timeoutMs: 5000,
      onLine: (l) => lines.push(l),
    });
    expect(result).toMatchObject({ exitCode: 0, timedOut: false, stdout: 'to green\ntail' });
    expect(lines.sort()).toEqual(['oops', 'tail', 'to green']);
  });

  it("does not hand the action's inputs (its token) or the runner's tokens to the user's command", async () => {
    process.env.INPUT_TOKEN = 'ghs_secret';
    process.env.ACTIONS_RUNTIME_TOKEN = 'runtime';
    try {
      const result = await runCommand({
        command: 'env',
        cwd: os.tmpdir(),
        env: { SHIPGATE_COLOR: 'blue' },
        timeoutMs: 5000,
      });
      expect(result.stdout).toContain('SHIPGATE_COLOR=blue');
      expect(result.stdout).not.toMatch(/INPUT_TOKEN|ghs_secret|ACTIONS_RUNTIME_TOKEN/);
    } finally {
      delete process.env.INPUT_TOKEN;
      delete process.env.ACTIONS_RUNTIME_TOKEN;
    }
  });

  it('explains a failure by its exit code and last line', async () => {
    const result = await runCommand({
      command: 'echo first; echo "disk full" >&2; exit 3',
      cwd: os.tmpdir(),
      timeoutMs: 5000,
    });
    expect(failureOf(result, 5000)).toBe('exit 3: disk full');
  });

  it('stops a command and its children at the timeout', async () => {
    const started = Date.now();
    const result = await runCommand({ command: 'sleep 30 & sleep 30; wait', cwd: os.tmpdir(), timeoutMs: 200 });
    expect(result.timedOut).toBe(true);
    expect(failureOf(result, 200)).toBe('timed out after 200 ms');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe("HAProxy's runtime API client", () => {
  it('gives up on a socket that never answers', async () => {
    const socket = path.join(os.tmpdir(), `shipgate-silent-${process.pid}.sock`);
    const server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      await expect(runtimeApi(socket, ['show servers state app'], 150)).rejects.toThrow(/no answer within 150 ms/);
    } finally {
      server.close();
    }
  });
});
