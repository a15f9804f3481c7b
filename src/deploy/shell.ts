// The user's commands (deploy, scale-down, router scripts, soak probes) and the binaries routers drive (nginx):
// run with a timeout that stops the whole process group, output streamed line by line and kept for messages.
import { spawn, type SpawnOptionsWithStdioTuple } from 'node:child_process';
import { formatDuration } from './duration.js';

export interface CommandSpec {
  /** a shell command line (the user's), or a program and its arguments (ours) */
  command: string | readonly string[];
  cwd: string;
  /** added to the inherited environment */
  env?: Record<string, string>;
  timeoutMs: number;
  /** each line of output, as it comes */
  onLine?: (line: string) => void;
}

export interface CommandResult {
  /** null when a signal ended it */
  exitCode: number | null;
  timedOut: boolean;
  /** stdout, at most the last 64 KiB */
  stdout: string;
  /** stdout and stderr interleaved, at most the last 64 KiB */
  output: string;
}

const KEEP = 64 * 1024;
/** After SIGTERM, a command gets this long to end before SIGKILL. */
const GRACE_MS = 2000;

class Tail {
  text = '';
  add(chunk: string): void {
    this.text = (this.text + chunk).slice(-KEEP);
  }
}

/** Calls `onLine` for every complete line of a stream, and for the rest when it ends. */
function lines(onLine: ((line: string) => void) | undefined): { push(chunk: string): void; end(): void } {
  let pending = '';
  return {
    push(chunk) {
      const parts = (pending + chunk).split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) onLine?.(line.replace(/\r$/, ''));
    },
    end() {
      if (pending !== '') onLine?.(pending);
      pending = '';
    },
  };
}

/**
 * The environment a command inherits, less what the Actions runner gives the action itself: its inputs (the
 * token among them) and the runner's own tokens. The user's scripts get what they are given explicitly.
 */
export function inheritedEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^(INPUT_|ACTIONS_)/.test(name)));
}

function start(spec: CommandSpec) {
  const env = { ...inheritedEnv(), ...spec.env };
  // A process group of its own, so a timeout stops the command's children too.
  const options: SpawnOptionsWithStdioTuple<'ignore', 'pipe', 'pipe'> = {
    cwd: spec.cwd,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  };
  return typeof spec.command === 'string'
    ? spawn('/bin/sh', ['-c', spec.command], options)
    : spawn(spec.command[0]!, spec.command.slice(1), options);
}

function stopGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** Runs a command to its end or its timeout; never rejects for the command's own failure. */
export function runCommand(spec: CommandSpec): Promise<CommandResult> {
  const child = start(spec);
  const stdout = new Tail();
  const output = new Tail();
  const out = lines(spec.onLine);
  const err = lines(spec.onLine);
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => [stdout, output].forEach((t) => t.add(chunk)));
  child.stdout.on('data', (chunk: string) => out.push(chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output.add(chunk), err.push(chunk)));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    stopGroup(child.pid, 'SIGTERM');
    setTimeout(() => stopGroup(child.pid, 'SIGKILL'), GRACE_MS).unref();
  }, spec.timeoutMs);
  return new Promise((resolve) => {
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ exitCode: 127, timedOut, stdout: '', output: error.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      out.end();
      err.end();
      resolve({ exitCode: code, timedOut, stdout: stdout.text, output: output.text });
    });
  });
}

/** Why a command failed, in one line: "exit 3: <last line of output>" or "timed out after 30 s". */
export function failureOf(result: CommandResult, timeoutMs: number): string | undefined {
  if (result.timedOut) return `timed out after ${formatDuration(timeoutMs)}`;
  if (result.exitCode === 0) return undefined;
  const last = result.output.trim().split('\n').pop() ?? '';
  const how = result.exitCode === null ? 'ended by a signal' : `exit ${result.exitCode}`;
  return last === '' ? how : `${how}: ${last.slice(0, 300)}`;
}
