/**
 * Runs a built action bundle the way the GitHub Actions runner does: as a child process of Node with
 * INPUT_* variables, the GITHUB_* environment, and files for outputs, state, summary and the event.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface RunOptions {
  /** bundle name under dist/, e.g. 'compliance' */
  action: string;
  inputs?: Record<string, string>;
  eventName?: string;
  event?: unknown;
  workspace: string;
  apiUrl?: string;
  repository?: string;
  sha?: string;
  ref?: string;
  env?: Record<string, string>;
  /** kill the bundle after this long; default 90 s */
  timeoutMs?: number;
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
}

const requireJson = createRequire(import.meta.url);

interface WebhookExample {
  name: string;
  examples: ({ action?: string } & Record<string, unknown>)[];
}

/** A real webhook payload from @octokit/webhooks-examples, e.g. webhookExample('pull_request', 'synchronize'). */
export function webhookExample(event: string, action?: string): Record<string, unknown> {
  const all = requireJson('@octokit/webhooks-examples/api.github.com/index.json') as WebhookExample[];
  const examples = all.find((e) => e.name === event)?.examples ?? [];
  const example = examples.find((e) => action === undefined || e.action === action);
  if (!example) throw new Error(`no webhook example for ${event}${action ? `.${action}` : ''}`);
  return structuredClone(example);
}

function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

async function runnerFiles(): Promise<Record<string, string>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shipgate-runner-'));
  const files = {
    GITHUB_OUTPUT: 'output',
    GITHUB_STATE: 'state',
    GITHUB_STEP_SUMMARY: 'summary',
    GITHUB_ENV: 'env',
    GITHUB_PATH: 'path',
    GITHUB_EVENT_PATH: 'event.json',
  };
  const result: Record<string, string> = { RUNNER_TEMP: dir };
  for (const [variable, name] of Object.entries(files)) {
    result[variable] = path.join(dir, name);
    await writeFile(result[variable]!, '');
  }
  return result;
}

const TEST_TOKEN = 'ghs_testtoken';

/**
 * The inputs as the runner passes them: every input of the action's metadata, with its default where the
 * workflow gave none (`${{ github.token }}` becomes the job's token).
 */
function actionInputs(options: RunOptions): Record<string, string> {
  const metadataFile = options.action === 'pr-checks' ? 'action.yml' : `actions/${options.action}/action.yml`;
  const metadata = parseYaml(readFileSync(path.join(repoRoot, metadataFile), 'utf8')) as {
    inputs?: Record<string, { default?: string }>;
  };
  const defaults = Object.fromEntries(
    Object.entries(metadata.inputs ?? {}).map(([name, input]) => [
      name,
      (input.default ?? '').replace('${{ github.token }}', TEST_TOKEN),
    ]),
  );
  return { ...defaults, ...options.inputs };
}

function runnerEnvironment(options: RunOptions, files: Record<string, string>): NodeJS.ProcessEnv {
  const inputs = Object.fromEntries(Object.entries(actionInputs(options)).map(([k, v]) => [inputVariable(k), v]));
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: options.repository ?? 'octo-org/octo-repo',
    GITHUB_SHA: options.sha ?? '0'.repeat(40),
    GITHUB_REF: options.ref ?? 'refs/pull/1/merge',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1',
    ...files,
    ...inputs,
    ...options.env,
  };
}

/** Runs dist/<action>/index.js and collects what the runner would see. */
export async function runAction(options: RunOptions): Promise<RunResult> {
  const files = await runnerFiles();
  await writeFile(files.GITHUB_EVENT_PATH!, JSON.stringify(options.event ?? {}));
  const bundle = path.join(repoRoot, 'dist', options.action, 'index.js');
  const child = spawn(process.execPath, [bundle], { cwd: options.workspace, env: runnerEnvironment(options, files) });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  // A bundle that hangs fails its test instead of holding the suite: the runner would cancel it too.
  const limitMs = options.timeoutMs ?? 90_000;
  const exitCode = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`dist/${options.action}/index.js did not finish within ${limitMs / 1000} s`));
    }, limitMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code ?? -1);
    });
  });
  const out = Buffer.concat(stdout).toString('utf8');
  return {
    exitCode,
    stdout: out,
    stderr: Buffer.concat(stderr).toString('utf8'),
    outputs: parseKeyValueFile(await readFile(files.GITHUB_OUTPUT!, 'utf8')),
    state: parseKeyValueFile(await readFile(files.GITHUB_STATE!, 'utf8')),
    summary: await readFile(files.GITHUB_STEP_SUMMARY!, 'utf8'),
    commands: parseWorkflowCommands(out),
  };
}

/** Parses the `name<<DELIMITER` heredoc and `name=value` forms the runner accepts in GITHUB_OUTPUT. */
export function parseKeyValueFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      result[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      result[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return result;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** Reads `::command key=value,…::message` lines as the runner does. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command: match[1]!, properties, message: unescapeData(match[3]!) });
  }
  return commands;
}
